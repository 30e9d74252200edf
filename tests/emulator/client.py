"""What a test does as a Telegram user, over HTTP to the compat layer (see ``compat.py``)."""

from __future__ import annotations

import base64
import time
from typing import Any

import httpx

DEFAULT_POLL_SECONDS = 0.05


class EmulatorError(RuntimeError):
    """The emulator refused a test's request (bad chat, no such button, ...)."""


class EmulatorClient:
    """A user (or several) talking to the bot through the emulator at ``base_url``."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = httpx.Client(base_url=base_url, timeout=10.0)
        self._seen_seq: dict[int, int] = {}

    def close(self) -> None:
        self.http.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.http.request(method, path, **kwargs)
        body = response.json()
        if not body.get("ok"):
            raise EmulatorError(f"{path}: {body.get('description')}")
        return body["result"]

    # ----- acting as a user -----

    def send_user_message(
        self,
        chat: int,
        text: str,
        *,
        reply_to: int | None = None,
        chat_type: str = "private",
        user_id: int | None = None,
        chat_title: str = "Test group",
        forward_origin: str | dict[str, Any] | None = None,
        attachment: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Send ``text`` to the bot as a user in ``chat``; returns the Message the bot receives."""
        body: dict[str, Any] = {
            "chat_id": chat,
            "text": text,
            "chat_type": chat_type,
            "chat_title": chat_title,
        }
        if user_id is not None:
            body["user_id"] = user_id
        if reply_to is not None:
            body["reply_to_message_id"] = reply_to
        if forward_origin is not None:
            body["forward_origin"] = forward_origin
        if attachment is not None:
            body["attachment"] = attachment
        return self._call("POST", "/client/sendMessage", json=body)

    def send_user_file(
        self,
        chat: int,
        data: bytes,
        *,
        kind: str = "document",
        file_name: str = "file.bin",
        mime_type: str = "application/octet-stream",
        caption: str = "",
        chat_type: str = "private",
        media_group_id: str | None = None,
        forward_origin: str | dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Send a file (or a photo, sticker, voice note) in ``chat``."""
        attachment = {
            "kind": kind,
            "file_name": file_name,
            "mime_type": mime_type,
            "data_b64": base64.b64encode(data).decode(),
            "media_group_id": media_group_id,
        }
        return self.send_user_message(
            chat,
            caption,
            attachment=attachment,
            chat_type=chat_type,
            forward_origin=forward_origin,
        )

    def press_button(
        self, chat: int, message_id: int, data: str, *, user_id: int | None = None
    ) -> None:
        """Press the inline button carrying callback ``data`` under a bot message."""
        body: dict[str, Any] = {"chat_id": chat, "message_id": message_id, "data": data}
        if user_id is not None:
            body["user_id"] = user_id
        self._call("POST", "/client/pressButton", json=body)

    # ----- reading what the bot did -----

    def bot_messages(self, chat: int, *, after_seq: int = 0) -> list[dict[str, Any]]:
        """The bot's messages in ``chat`` (current state, edits applied), oldest first."""
        return self._call(
            "GET", "/control/messages", params={"chat_id": chat, "after_seq": after_seq}
        )

    def mark_read(self, chat: int) -> None:
        """Forget the bot's messages so far: the next ``wait_for_replies`` sees only newer ones."""
        messages = self.bot_messages(chat)
        if messages:
            self._seen_seq[chat] = max(m["_seq"] for m in messages)

    def wait_for_replies(
        self, chat: int, n: int = 1, timeout: float = 15.0, *, settle: float = 0.3
    ) -> list[dict[str, Any]]:
        """Wait until the bot has sent ``n`` new messages to ``chat``; return all new ones.

        After the n-th arrives, waits until nothing in the chat changed for ``settle`` seconds, so
        a progress message that is edited into the answer is returned in its final state.
        Raises ``TimeoutError`` (listing what did arrive) when fewer than ``n`` came in time.
        """
        after = self._seen_seq.get(chat, 0)
        deadline = time.monotonic() + timeout
        messages = self.bot_messages(chat, after_seq=after)
        while len(messages) < n:
            if time.monotonic() >= deadline:
                texts = [m["text"][:80] for m in messages]
                raise TimeoutError(
                    f"chat {chat}: wanted {n} bot messages in {timeout}s, got {texts}"
                )
            time.sleep(DEFAULT_POLL_SECONDS)
            messages = self.bot_messages(chat, after_seq=after)
        messages = self._settled(chat, after, messages, settle=settle, deadline=deadline)
        self._seen_seq[chat] = max(m["_seq"] for m in messages)
        return messages

    def _settled(
        self,
        chat: int,
        after: int,
        messages: list[dict[str, Any]],
        *,
        settle: float,
        deadline: float,
    ) -> list[dict[str, Any]]:
        quiet_since = time.monotonic()
        while time.monotonic() - quiet_since < settle and time.monotonic() < deadline:
            time.sleep(DEFAULT_POLL_SECONDS)
            latest = self.bot_messages(chat, after_seq=after)
            if _fingerprint(latest) != _fingerprint(messages):
                messages, quiet_since = latest, time.monotonic()
        return messages

    def expect_silence(self, chat: int, seconds: float) -> None:
        """Fail (AssertionError) if the bot sends anything to ``chat`` within ``seconds``."""
        after = self._seen_seq.get(chat, 0)
        time.sleep(seconds)
        extra = self.bot_messages(chat, after_seq=after)
        assert not extra, f"bot answered unasked in chat {chat}: {[m['text'] for m in extra]}"

    def calls(self, method: str | None = None, *, after_seq: int = 0) -> list[dict[str, Any]]:
        """Bot API calls the bot made (all, or one method), oldest first."""
        log = self._call("GET", "/control/log", params={"after_seq": after_seq})
        return [entry for entry in log if method is None or entry["method"] == method]

    def unsupported_methods(self) -> list[str]:
        """Bot API methods the bot called that the emulator does not implement."""
        return self._call("GET", "/control/unsupported")

    # ----- configuring the emulator -----

    def fail_chat(
        self,
        chat: int,
        error: str,
        *,
        times: int | None = None,
        retry_after: int = 1,
        migrate_to_chat_id: int | None = None,
        methods: tuple[str, ...] = ("sendMessage",),
    ) -> None:
        """Make the bot's calls to ``chat`` fail: "blocked" (403), "retry_after" (429, once by
        default) or "migrated" (400 with ``migrate_to_chat_id``)."""
        body: dict[str, Any] = {
            "chat_id": chat,
            "error": error,
            "retry_after": retry_after,
            "methods": list(methods),
        }
        if times is not None:
            body["times"] = times
        if migrate_to_chat_id is not None:
            body["migrate_to_chat_id"] = migrate_to_chat_id
        self._call("POST", "/control/failures", json=body)

    def clear_failures(self) -> None:
        self._call("DELETE", "/control/failures")

    def set_chat_member(self, chat: int, user_id: int, status: str) -> None:
        """What ``getChatMember(chat, user_id)`` answers: creator, administrator, member, ..."""
        self._call(
            "POST",
            "/control/chat_members",
            json={"chat_id": chat, "user_id": user_id, "status": status},
        )

    def register_chat(
        self, chat: int, *, chat_type: str = "group", title: str = "Test group"
    ) -> None:
        """Make a chat known before any user writes in it (Telegram says "chat not found" else)."""
        self._call("POST", "/control/chats", json={"id": chat, "type": chat_type, "title": title})

    def set_privacy_mode(self, enabled: bool) -> None:
        self._call("POST", "/control/config", json={"privacy_mode": enabled})


def _fingerprint(messages: list[dict[str, Any]]) -> list[tuple[int, int, bool]]:
    return [(m["message_id"], m["edits"], m["deleted"]) for m in messages]
