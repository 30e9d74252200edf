"""Test doubles for the bot: a fake Bot API transport and builders for incoming updates.

``FakeBotApi`` is a ``telegram.request.BaseRequest``: the real PTB ``Bot`` serialises every call
as usual and the fake records it and answers like the Bot API would. Handlers therefore run
unchanged, through the real ``Application.process_update`` and its filters.
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

BOT_ID = 999
BOT_USERNAME = "digest_test_bot"
TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"
ADMIN_RIGHTS = (
    "can_be_edited",
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
)


@dataclass
class Call:
    endpoint: str
    params: dict[str, Any]


@dataclass
class FakeBotApi(BaseRequest):
    """Records Bot API calls and answers them; ``errors`` queues failures per endpoint (a status
    of 200 lets that call through, to fail a later one)."""

    calls: list[Call] = field(default_factory=list)
    members: dict[int, str] = field(default_factory=dict)  # user id -> chat member status
    errors: dict[str, list[tuple[int, dict[str, Any]]]] = field(default_factory=dict)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1000))
    last_sent_id: int | None = None  # the id given to the last message sent

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        endpoint = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append(Call(endpoint, params))
        queued = self.errors.get(endpoint)
        if queued and (failure := queued.pop(0))[0] != 200:  # 200: this call goes through
            status, body = failure
            return status, json.dumps({"ok": False, **body}).encode()
        return 200, json.dumps({"ok": True, "result": self._answer(endpoint, params)}).encode()

    def _answer(self, endpoint: str, params: dict[str, Any]) -> Any:
        if endpoint == "getMe":
            return bot_user()
        if endpoint in ("sendMessage", "editMessageText"):
            message_id = int(params.get("message_id") or next(self._ids))
            if endpoint == "sendMessage":
                self.last_sent_id = message_id
            return {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": bot_user(),
                "text": params.get("text", ""),
            }
        if endpoint == "getChatMember":
            user_id = int(params["user_id"])
            status = self.members.get(user_id, "member")
            member: dict[str, Any] = {
                "status": status,
                "user": {"id": user_id, "is_bot": False, "first_name": "U"},
            }
            if status in ("administrator", "creator"):
                member["is_anonymous"] = False
            if status == "administrator":
                member.update(dict.fromkeys(ADMIN_RIGHTS, False))
            return member
        return True

    # -- what tests look at ------------------------------------------------------------------

    def sent(self, endpoint: str = "sendMessage") -> list[dict[str, Any]]:
        return [call.params for call in self.calls if call.endpoint == endpoint]

    def texts(self) -> list[str]:
        return [params["text"] for params in self.sent()]

    def clear(self) -> None:
        self.calls.clear()


def bot_user() -> dict[str, Any]:
    return {
        "id": BOT_ID,
        "is_bot": True,
        "first_name": "Digest",
        "username": BOT_USERNAME,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
    }


_update_ids = itertools.count(1)
_message_ids = itertools.count(1)


def user(user_id: int = 42, name: str = "Ann") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": name}


def chat(chat_id: int = 42, kind: str = "private", title: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"id": chat_id, "type": kind}
    if title:
        data["title"] = title
    return data


def message(
    text: str | None = None,
    *,
    chat_id: int = 42,
    kind: str = "private",
    user_id: int = 42,
    entities: list[dict[str, Any]] | None = None,
    reply_to: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A message as the Bot API sends it; commands get their ``bot_command`` entity."""
    data: dict[str, Any] = {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": chat(chat_id, kind, title=None if kind == "private" else "Group"),
        "from": user(user_id),
        **extra,
    }
    if text is not None:
        data["text"] = text
        if entities is None and text.startswith("/"):
            entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        if entities:
            data["entities"] = entities
    if reply_to is not None:
        data["reply_to_message"] = reply_to
    return data


def update_with(message_data: dict[str, Any], bot: Any) -> Update:
    return Update.de_json({"update_id": next(_update_ids), "message": message_data}, bot)


def callback_update(data: str, *, message_data: dict[str, Any], user_id: int, bot: Any) -> Update:
    payload = {
        "update_id": next(_update_ids),
        "callback_query": {
            "id": str(next(_update_ids)),
            "from": user(user_id),
            "chat_instance": "ci",
            "data": data,
            "message": message_data,
        },
    }
    return Update.de_json(payload, bot)
