# The news-digest Telegram bot. Build: docker build -t newsdigest-bot .
# Run:   docker run -d --restart unless-stopped --env-file .env -v newsdigest-data:/app/data newsdigest-bot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Everything the bot needs is installed here, at build time: it downloads nothing when it starts.
COPY pyproject.toml README.md ./
COPY summarizer ./summarizer
COPY bot ./bot
# pip older than 24.1 trips over the duplicated lxml[html-clean] extra; upgrade it first.
RUN pip install --upgrade "pip>=24.2" \
    && pip install ".[bot,postgres]" \
    && useradd --create-home --uid 10001 --user-group bot \
    && mkdir -p /app/data \
    && chown bot:bot /app/data \
    && rm -rf /app/summarizer /app/bot /app/build /app/*.egg-info

USER bot
ENV DATABASE_URL=sqlite:////app/data/bot.sqlite3 \
    HEARTBEAT_FILE=/tmp/bot-heartbeat
VOLUME ["/app/data"]

# Webhook mode listens on WEBHOOK_PORT (8443 by default); long polling needs no port.
EXPOSE 8443

# Settings valid, the database answering, and the bot's heartbeat (HEARTBEAT_FILE) under a
# minute old, free of a polling conflict and of two minutes without an answer from Telegram: a
# stuck event loop, a second instance on the same token or a revoked token shows as unhealthy. A bot that cannot start (Telegram unreachable) or that crashes
# exits; run the container with --restart unless-stopped so that it comes back.
HEALTHCHECK --interval=60s --timeout=15s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot", "--check"]

CMD ["python", "-m", "bot"]
