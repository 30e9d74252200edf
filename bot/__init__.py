"""Telegram adapter for the summarizer (python-telegram-bot v22). Start it with ``python -m bot``.

See ``bot/app.py`` for the wiring and ``.env.example`` for every setting.
"""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
