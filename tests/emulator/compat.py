"""A Bot API compatibility layer in front of the ``telegram-test-api`` emulator, for e2e tests.

Why it exists
-------------
``telegram-test-api`` 4.2.1 (npm, pinned in ``package.json``) emulates the Bot API, but as shipped
python-telegram-bot 22 cannot talk to it: ``getMe`` lacks ``is_bot``; ``sendMessage`` returns
``date`` in milliseconds and echoes ``link_preview_options`` as a JSON string; ``editMessageText``
returns ``null``; ``sendChatAction`` and ``setMyCommands`` answer HTTP 500; ``getUpdates`` ignores
``offset`` and ``timeout`` (so a polling bot spins); callback queries have no ``chat_instance``.
This layer listens on 127.0.0.1, speaks the Bot API to the bot, forwards what the emulator does
right (message ids, update queue, getMe, sendMessage storage) and does the rest itself.

Layout (all on 127.0.0.1)::

    python -m bot  --HTTP-->  compat layer (this file)  --HTTP-->  telegram-test-api (node)
    tests          --HTTP-->  compat layer /client/* and /control/*

Run it: ``node tests/emulator/start_telegram_test_api.js 9001`` then
``python tests/emulator/compat.py --port 9000 --upstream http://127.0.0.1:9001 --token TOKEN``;
point the bot at ``TELEGRAM_API_BASE_URL=http://127.0.0.1:9000``.  ``tests/emulator/stack.py``
does all of this (free ports, readiness, teardown) and ``tests/emulator/client.py`` wraps the
endpoints below.

What the bot sees (``/bot<TOKEN>/<method>``, GET or POST, form, JSON or query string)
--------------------------------------------------------------------------------------
* ``getUpdates``: long polling that honours ``offset`` (confirms updates), ``limit`` and ``timeout``
  (capped at 50 s); updates are fixed on the way out (``chat_instance``, seconds, no stray fields).
* ``getMe`` with ``is_bot`` and the group flags (``can_read_all_group_messages`` mirrors
  privacy mode).
* ``sendMessage`` returns a proper Message: date in seconds, the real chat, ``from`` = the bot,
  ``reply_to_message``, ``link_preview_options`` as an object.  With ``parse_mode=HTML`` the text is
  parsed like Telegram does: tags become entities, unsupported/unbalanced tags give 400 "can't
  parse entities", more than 4096 characters give 400 "message is too long", an unknown chat gives
  400 "chat not found", replying to a missing message gives 400 "message to be replied not found".
* ``editMessageText`` / ``editMessageReplyMarkup`` return the edited Message (400 "message is not
  modified" when nothing changes, like Telegram); an edit without ``reply_markup`` drops the
  keyboard.
* Implemented here: ``sendChatAction``, ``setMyCommands``/``getMyCommands``/``deleteMyCommands``,
  ``deleteWebhook``, ``getWebhookInfo``, ``answerCallbackQuery``, ``deleteMessage``,
  ``setMessageReaction``, ``getChat``, ``getChatMember`` (table set by tests; default "member"),
  ``getChatAdministrators``, ``getChatMemberCount``, ``leaveChat``, ``setMyDescription`` & co.
* Anything else answers 400 "method is not supported by the emulator" and is listed at
  ``/control/unsupported`` so a test can notice.
* Webhooks: after ``setWebhook`` updates are POSTed to its ``url`` (http allowed, as with a
  self-hosted Bot API server) with the ``X-Telegram-Bot-Api-Secret-Token`` header, one at a time,
  retried until answered 200; ``getUpdates`` then answers 409 Conflict, as Telegram does.

What tests use (JSON in, ``{"ok": true, "result": ...}`` out)
-------------------------------------------------------------
* ``POST /client/sendMessage`` ``{chat_id, text, user_id?, first_name?, username?, chat_type?
  ("private"|"group"|"supergroup"), chat_title?, reply_to_message_id?, forward_origin?,
  attachment?: {kind: "document"|"photo"|"sticker"|"voice", file_name?, mime_type?, data_b64?,
  media_group_id?}}``:
  a user writes (with an attachment, ``text`` becomes its caption); entities (bot_command, url,
  mention) are computed as Telegram would.  Returns the Message the bot will receive, plus
  ``_time`` (server clock).  The attachment's bytes are served by ``getFile`` and
  ``GET /file/bot<token>/<file_path>``, as Telegram does.
* ``POST /client/pressButton`` ``{chat_id, message_id, data, user_id?}``: a user presses an inline
  button of a bot message (400 if that message has no button with this callback data).
* ``GET /control/messages?chat_id=&after_seq=``: the bot's messages to a chat, current state
  (``text`` plain, ``html`` as sent, ``entities``, ``reply_markup``, ``edits``, ``deleted``,
  ``reply_to_message_id``, ``_seq``, ``_time``, ``_edited_time``).
* ``GET /control/log?after_seq=``: every Bot API call the bot made (method, params, time, status).
* ``POST /control/failures`` ``{chat_id, error: "blocked"|"retry_after"|"migrated", times?: int
  (default: 1 for retry_after, unlimited otherwise), retry_after?: int, migrate_to_chat_id?: int,
  methods?: [..] (default ["sendMessage"])}``; ``DELETE /control/failures`` clears them.  Errors
  are exactly Telegram's: 403 "Forbidden: bot was blocked by the user"; 429 "Too Many Requests:
  retry after N" with ``parameters.retry_after``; 400 "Bad Request: group chat was upgraded to a
  supergroup chat" with ``parameters.migrate_to_chat_id``.
* ``POST /control/chat_members`` ``{chat_id, user_id, status}`` (creator, administrator, member,
  left, kicked) for ``getChatMember``; ``POST /control/chats`` ``{id, type, title?}`` registers a
  chat no user has written in yet; ``POST /control/config`` ``{privacy_mode: bool}`` (default off:
  every group message is delivered, which is the harder test of "never answers unasked").
* ``GET /control/unsupported``; ``GET /control/health`` (``last_poll``: when the bot last
  called getUpdates, so a test knows the bot is up; ``poll_count``).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import itertools
import json
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx

if __package__:
    from .telegram_html import EntityParseError, parse_html, utf16_len
else:  # run as a script: python tests/emulator/compat.py
    from telegram_html import EntityParseError, parse_html, utf16_len

logger = logging.getLogger("emulator.compat")

MAX_MESSAGE_CHARS = 4096
MAX_LONG_POLL_SECONDS = 50.0
UPSTREAM_POLL_SECONDS = 0.25
JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "link_preview_options",
        "reply_parameters",
        "entities",
        "commands",
        "scope",
        "allowed_updates",
        "reaction",
        "menu_button",
    }
)
INT_FIELDS = frozenset({"message_id", "offset", "limit", "user_id", "cache_time"})
FLOAT_FIELDS = frozenset({"timeout"})
BOOL_FIELDS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "allow_sending_without_reply",
        "drop_pending_updates",
        "show_alert",
        "disable_web_page_preview",
        "is_big",
    }
)
COMMAND_RE = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
URL_RE = re.compile(r"https?://[^\s<>\"']+")
MENTION_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{5,32}")
ADMIN_RIGHTS = (
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
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


class ApiError(Exception):
    """A Bot API error response: HTTP status = error_code, body as Telegram sends it."""

    def __init__(self, code: int, description: str, *, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclass
class FailureRule:
    """Makes the bot's calls to one chat fail the way Telegram fails them."""

    error: str
    methods: frozenset[str]
    times: int | None
    retry_after: int = 1
    migrate_to_chat_id: int | None = None

    def to_error(self) -> ApiError:
        if self.error == "blocked":
            return ApiError(403, "Forbidden: bot was blocked by the user")
        if self.error == "retry_after":
            return ApiError(
                429,
                f"Too Many Requests: retry after {self.retry_after}",
                parameters={"retry_after": self.retry_after},
            )
        return ApiError(
            400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            parameters={"migrate_to_chat_id": self.migrate_to_chat_id},
        )


@dataclass
class BotMessage:
    """One message the bot sent, in its current state, plus bookkeeping for tests."""

    seq: int
    time: float
    message: dict[str, Any]
    html: str | None
    edits: int = 0
    deleted: bool = False
    edited_time: float | None = None

    def for_tests(self) -> dict[str, Any]:
        out = dict(self.message)
        reply_to = out.pop("reply_to_message", None)
        out.update(
            html=self.html,
            edits=self.edits,
            deleted=self.deleted,
            reply_to_message_id=reply_to["message_id"] if reply_to else None,
            _seq=self.seq,
            _time=self.time,
            _edited_time=self.edited_time,
        )
        return out


@dataclass
class Webhook:
    """Where ``setWebhook`` asked updates to go, and the secret header to send with them."""

    url: str
    secret: str | None
    set_at: float


@dataclass
class State:
    """Everything the layer remembers; guarded by ``cond``'s lock."""

    bot_user: dict[str, Any]
    cond: threading.Condition = field(default_factory=threading.Condition)
    updates: list[dict[str, Any]] = field(default_factory=list)
    chats: dict[int, dict[str, Any]] = field(default_factory=dict)
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    bot_messages: dict[tuple[int, int], BotMessage] = field(default_factory=dict)
    callback_queries: dict[str, dict[str, Any]] = field(default_factory=dict)
    log: list[dict[str, Any]] = field(default_factory=list)
    failures: dict[int, list[FailureRule]] = field(default_factory=dict)
    members: dict[tuple[int, int], str] = field(default_factory=dict)
    commands: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    unsupported: list[str] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    webhook: Webhook | None = None
    webhook_deliveries: int = 0
    privacy_mode: bool = False
    last_poll: float = 0.0
    poll_count: int = 0
    seq: itertools.count = field(default_factory=lambda: itertools.count(1))
    nonce: itertools.count = field(default_factory=lambda: itertools.count(1))


class CompatLayer:
    """The Bot API the bot talks to, backed by telegram-test-api at ``upstream``."""

    def __init__(self, *, upstream: str, token: str) -> None:
        self.token = token
        self.http = httpx.Client(base_url=upstream, timeout=10.0)
        self.client_lock = threading.Lock()
        self._delivery: threading.Thread | None = None
        me = self._upstream_bot("getMe", {})
        self.state = State(
            bot_user={
                "id": me["id"],
                "is_bot": True,
                "first_name": me["first_name"],
                "username": me["username"],
            }
        )

    # ----- upstream (telegram-test-api) -----

    def _upstream_bot(self, method: str, params: dict[str, Any]) -> Any:
        form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
        response = self.http.post(f"/bot{self.token}/{method}", data=form)
        response.raise_for_status()
        return response.json()["result"]

    def _upstream_client(self, path: str, body: dict[str, Any]) -> Any:
        response = self.http.post(path, json={**body, "botToken": self.token})
        response.raise_for_status()
        return response.json()["result"]

    def _pull_upstream(self) -> None:
        """Move new user updates from the emulator into our buffer (call with the lock held)."""
        for update in self._upstream_bot("getUpdates", {}) or []:
            fixed = self._fix_update(update)
            if fixed is not None:
                self.state.updates.append(fixed)
                self.state.cond.notify_all()

    def _fix_update(self, update: dict[str, Any]) -> dict[str, Any] | None:
        st = self.state
        if "callback_query" in update:
            raw = update["callback_query"]
            query = {
                "id": raw["id"],
                "from": raw["from"],
                "chat_instance": str(raw["message"]["chat"]["id"]),
                "data": raw["data"],
            }
            chat_id = raw["message"]["chat"]["id"]
            stored = st.messages.get((chat_id, raw["message"]["message_id"]))
            query["message"] = stored if stored is not None else raw["message"]
            st.callback_queries[query["id"]] = query
            return {"update_id": update["update_id"], "callback_query": query}
        message = dict(update["message"])
        message.pop("botToken", None)
        message.pop("_nonce", None)
        deliver = message.pop("_deliver", True)
        st.messages[(message["chat"]["id"], message["message_id"])] = message
        st.chats.setdefault(message["chat"]["id"], message["chat"])
        if not deliver:
            return None
        return {"update_id": update["update_id"], "message": message}

    # ----- the Bot API as the bot sees it -----

    def call(self, method: str, params: dict[str, Any]) -> Any:
        handler = getattr(self, f"api_{method}", None)
        if handler is None:
            with self.state.cond:
                self.state.unsupported.append(method)
            raise ApiError(400, f"Bad Request: method {method} is not supported by the emulator")
        if method == "getUpdates":
            return handler(params)
        with self.state.cond:
            self._check_failures(method, params)
            return handler(params)

    def _check_failures(self, method: str, params: dict[str, Any]) -> None:
        chat_id = params.get("chat_id")
        rules = self.state.failures.get(chat_id, []) if isinstance(chat_id, int) else []
        for rule in rules:
            if method not in rule.methods:
                continue
            if rule.times is not None:
                rule.times -= 1
                if rule.times <= 0:
                    rules.remove(rule)
            raise rule.to_error()

    def api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        upstream = self._upstream_bot("getMe", {})
        return {
            **upstream,
            "is_bot": True,
            "can_join_groups": True,
            "can_read_all_group_messages": not self.state.privacy_mode,
            "supports_inline_queries": False,
        }

    def api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        st = self.state
        offset = params.get("offset")
        limit = max(1, min(int(params.get("limit") or 100), 100))
        timeout = min(float(params.get("timeout") or 0), MAX_LONG_POLL_SECONDS)
        deadline = time.monotonic() + timeout
        with st.cond:
            if st.webhook is not None:
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            st.last_poll = time.time()
            st.poll_count += 1
            if offset is not None:
                st.updates = _confirm(st.updates, int(offset))
            while True:
                self._pull_upstream()
                if st.updates or time.monotonic() >= deadline:
                    return st.updates[:limit]
                st.cond.wait(min(UPSTREAM_POLL_SECONDS, deadline - time.monotonic()))

    def api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        st = self.state
        chat = self._known_chat(params)
        text, entities, html = _message_text(params)
        reply_to = self._reply_target(chat["id"], params)
        upstream = self._upstream_bot("sendMessage", {"chat_id": str(chat["id"]), "text": text})
        message: dict[str, Any] = {
            "message_id": upstream["message_id"],
            "from": st.bot_user,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        if entities:
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = {
                k: v for k, v in reply_to.items() if k != "reply_to_message"
            }
        _copy_optional(params, message)
        key = (chat["id"], message["message_id"])
        st.messages[key] = message
        st.bot_messages[key] = BotMessage(
            seq=next(st.seq), time=time.time(), message=message, html=html
        )
        return message

    def api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        if "inline_message_id" in params:
            return True
        stored = self._editable(params)
        text, entities, html = _message_text(params)
        new = {k: v for k, v in stored.message.items() if k not in {"entities", "reply_markup"}}
        new["text"] = text
        if entities:
            new["entities"] = entities
        _copy_optional(params, new)
        return self._replace(stored, new, html=html)

    def api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        if "inline_message_id" in params:
            return True
        stored = self._editable(params)
        new = {k: v for k, v in stored.message.items() if k != "reply_markup"}
        _copy_optional({"reply_markup": params.get("reply_markup")}, new)
        return self._replace(stored, new, html=stored.html)

    def _editable(self, params: dict[str, Any]) -> BotMessage:
        key = (params.get("chat_id"), params.get("message_id"))
        stored = self.state.bot_messages.get(key)  # type: ignore[arg-type]
        if stored is None or stored.deleted:
            if key in self.state.messages:
                raise ApiError(400, "Bad Request: message can't be edited")
            raise ApiError(400, "Bad Request: message to edit not found")
        return stored

    def _replace(
        self, stored: BotMessage, new: dict[str, Any], *, html: str | None
    ) -> dict[str, Any]:
        new.pop("edit_date", None)
        old = {k: v for k, v in stored.message.items() if k != "edit_date"}
        if new == old:
            raise ApiError(400, NOT_MODIFIED)
        new["edit_date"] = int(time.time())
        stored.message = new
        stored.html = html
        stored.edits += 1
        stored.edited_time = time.time()
        self.state.messages[(new["chat"]["id"], new["message_id"])] = new
        # Keep the emulator's own copy in step (it answers null, so nothing to read back).
        upstream_params = {"chat_id": str(new["chat"]["id"]), "message_id": str(new["message_id"])}
        self._upstream_bot("editMessageText", {**upstream_params, "text": new["text"]})
        return new

    def api_deleteMessage(self, params: dict[str, Any]) -> bool:
        key = (params.get("chat_id"), params.get("message_id"))
        stored = self.state.bot_messages.get(key)  # type: ignore[arg-type]
        if key not in self.state.messages or (stored is not None and stored.deleted):
            raise ApiError(400, "Bad Request: message to delete not found")
        self.state.messages.pop(key)  # type: ignore[arg-type]
        if stored is not None:
            stored.deleted = True
        return True

    def api_sendChatAction(self, params: dict[str, Any]) -> bool:
        self._known_chat(params)
        if not params.get("action"):
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    def api_setMessageReaction(self, params: dict[str, Any]) -> bool:
        self._known_chat(params)
        if (params.get("chat_id"), params.get("message_id")) not in self.state.messages:
            raise ApiError(400, "Bad Request: message to react not found")
        return True

    def api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        if str(params.get("callback_query_id")) not in self.state.callback_queries:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        return True

    def api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        self.state.commands[_scope_key(params)] = commands
        return True

    def api_getMyCommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.state.commands.get(_scope_key(params), [])

    def api_deleteMyCommands(self, params: dict[str, Any]) -> bool:
        self.state.commands.pop(_scope_key(params), None)
        return True

    def api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.state.webhook = None
        if params.get("drop_pending_updates"):
            self._pull_upstream()
            self.state.updates.clear()
        return True

    def api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": self.state.webhook.url if self.state.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.state.updates),
        }

    def api_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._known_chat(params)
        return {**chat, "accent_color_id": 0, "max_reaction_count": 11}

    def api_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._known_chat(params)
        user_id = params.get("user_id")
        status = self.state.members.get((chat["id"], user_id), "member")  # type: ignore[arg-type]
        return _chat_member(self._user(user_id), status)  # type: ignore[arg-type]

    def api_getChatAdministrators(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        chat = self._known_chat(params)
        return [
            _chat_member(self._user(user_id), status)
            for (chat_id, user_id), status in self.state.members.items()
            if chat_id == chat["id"] and status in {"creator", "administrator"}
        ]

    def api_getChatMemberCount(self, params: dict[str, Any]) -> int:
        chat = self._known_chat(params)
        return 1 + sum(
            1 for (chat_id, _), _s in self.state.members.items() if chat_id == chat["id"]
        )

    def api_leaveChat(self, params: dict[str, Any]) -> bool:
        self._known_chat(params)
        return True

    def api_setMyDescription(self, params: dict[str, Any]) -> bool:
        return True

    api_setMyShortDescription = api_setMyDescription
    api_setMyName = api_setMyDescription
    api_setChatMenuButton = api_setMyDescription
    api_logOut = api_setMyDescription
    api_close = api_setMyDescription

    def api_setWebhook(self, params: dict[str, Any]) -> bool:
        """Deliver updates by POST to ``url``, one at a time, retried until answered 200.

        Telegram insists on https; like a self-hosted Bot API server, this accepts http too,
        so the bot's own webhook server can be reached on 127.0.0.1.
        """
        url = str(params.get("url") or "")
        if not url:
            return self.api_deleteWebhook(params)
        if not url.startswith(("http://", "https://")):
            raise ApiError(400, "Bad Request: bad webhook: invalid URL")
        st = self.state
        if params.get("drop_pending_updates"):
            self._pull_upstream()
            st.updates.clear()
        st.webhook = Webhook(url=url, secret=params.get("secret_token"), set_at=time.time())
        if self._delivery is None:
            self._delivery = threading.Thread(target=self._deliver_updates, daemon=True)
            self._delivery.start()
        st.cond.notify_all()
        return True

    def _deliver_updates(self) -> None:
        st = self.state
        with httpx.Client(timeout=10.0) as http:
            while True:
                with st.cond:
                    while st.webhook is None or not st.updates:
                        st.cond.wait(0.2)
                        if st.webhook is not None:
                            self._pull_upstream()
                    hook, update = st.webhook, st.updates[0]
                headers = {"X-Telegram-Bot-Api-Secret-Token": hook.secret} if hook.secret else {}
                try:
                    delivered = http.post(hook.url, json=update, headers=headers).status_code == 200
                except httpx.HTTPError:
                    delivered = False
                with st.cond:
                    if delivered and st.updates and st.updates[0] is update:
                        st.updates.pop(0)
                        st.webhook_deliveries += 1
                if not delivered:
                    time.sleep(0.5)  # Telegram, too, retries a webhook that fails

    def _known_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self.state.chats.get(params.get("chat_id"))  # type: ignore[arg-type]
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        return chat

    def _reply_target(self, chat_id: int, params: dict[str, Any]) -> dict[str, Any] | None:
        reply = params.get("reply_parameters") or {}
        message_id = reply.get("message_id") or params.get("reply_to_message_id")
        if message_id is None:
            return None
        target = self.state.messages.get((reply.get("chat_id", chat_id), int(message_id)))
        allow_missing = reply.get(
            "allow_sending_without_reply", params.get("allow_sending_without_reply", False)
        )
        if target is None and not allow_missing:
            raise ApiError(400, "Bad Request: message to be replied not found")
        return target

    def _user(self, user_id: int) -> dict[str, Any]:
        if user_id == self.state.bot_user["id"]:
            return self.state.bot_user
        for message in reversed(self.state.messages.values()):
            if message.get("from", {}).get("id") == user_id:
                return message["from"]
        return {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"}

    # ----- what tests call -----

    def client_send_message(self, body: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(body["chat_id"])
        chat_type = body.get("chat_type", "private")
        user = {
            "id": int(body.get("user_id", chat_id if chat_type == "private" else 1000)),
            "is_bot": False,
            "first_name": body.get("first_name", "Test"),
            "username": body.get("username", "test_user"),
            "language_code": body.get("language_code", "en"),
        }
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat.update(first_name=user["first_name"], username=user["username"])
        else:
            chat["title"] = body.get("chat_title", "Test group")
        text = str(body.get("text") or "")
        message: dict[str, Any] = {"from": user, "chat": chat, "date": int(time.time())}
        attachment = body.get("attachment")
        if attachment:
            # A file, photo, sticker or voice note; any text goes with it as its caption.
            message.update(self._attach(attachment))
            if attachment.get("media_group_id"):
                message["media_group_id"] = str(attachment["media_group_id"])
            if text:
                message["caption"] = text
                if entities := user_entities(text):
                    message["caption_entities"] = entities
        else:
            message["text"] = text
            if entities := user_entities(text):
                message["entities"] = entities
        if body.get("forward_origin"):
            message["forward_origin"] = _forward_origin(body["forward_origin"], message["date"])
        with self.client_lock, self.state.cond:
            st = self.state
            st.chats[chat_id] = chat
            reply_id = body.get("reply_to_message_id")
            if reply_id is not None:
                target = st.messages.get((chat_id, int(reply_id)))
                if target is None:
                    raise ApiError(400, "Bad Request: message to be replied not found")
                message["reply_to_message"] = {
                    k: v for k, v in target.items() if k != "reply_to_message"
                }
            message["_deliver"] = self._delivered(message)
            nonce = next(st.nonce)
            self._upstream_client("/sendMessage", {**message, "_nonce": nonce})
            self._pull_upstream()
            mine = [m for m in st.messages.values() if m.get("chat", {}).get("id") == chat_id]
            sent = max(mine, key=lambda m: m["message_id"])
        return {**sent, "_time": time.time()}

    def _delivered(self, message: dict[str, Any]) -> bool:
        """Privacy mode: in groups only commands, replies to the bot and mentions get through."""
        if not self.state.privacy_mode or message["chat"]["type"] == "private":
            return True
        reply = message.get("reply_to_message") or {}
        username = self.state.bot_user["username"]
        text = message.get("text") or message.get("caption") or ""
        return (
            text.startswith("/")
            or reply.get("from", {}).get("id") == self.state.bot_user["id"]
            or f"@{username}" in text
        )

    def _attach(self, attachment: dict[str, Any]) -> dict[str, Any]:
        """The message fields for an attachment; its bytes are kept for getFile."""
        data = base64.b64decode(attachment.get("data_b64") or "")
        with self.state.cond:
            file_id = f"file{len(self.state.files) + 1}"
            self.state.files[file_id] = data
        ids = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(data)}
        kind = attachment.get("kind", "document")
        if kind == "document":
            return {
                "document": {
                    **ids,
                    "file_name": attachment.get("file_name", "file.bin"),
                    "mime_type": attachment.get("mime_type", "application/octet-stream"),
                }
            }
        if kind == "photo":
            return {"photo": [{**ids, "width": 640, "height": 480}]}
        if kind == "sticker":
            return {
                "sticker": {
                    **ids,
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                }
            }
        if kind == "voice":
            return {"voice": {**ids, "duration": 3}}
        raise ApiError(400, f"Bad Request: attachment kind {kind!r} is not emulated")

    def api_getFile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id"))
        data = self.state.files.get(file_id)
        if data is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(data),
            "file_path": f"documents/{file_id}",
        }

    def file_content(self, path: str) -> bytes:
        """``GET /file/bot<token>/documents/<file_id>``: what getFile pointed at."""
        # PTB percent-encodes the path, the token's colon included.
        token, _, file_path = unquote(path).removeprefix("/file/bot").partition("/")
        data = self.state.files.get(file_path.rpartition("/")[2])
        if token != self.token or data is None:
            raise ApiError(404, "Not Found")
        return data

    def client_press_button(self, body: dict[str, Any]) -> dict[str, Any]:
        chat_id, message_id = int(body["chat_id"]), int(body["message_id"])
        data = str(body["data"])
        with self.client_lock, self.state.cond:
            stored = self.state.bot_messages.get((chat_id, message_id))
            if stored is None or stored.deleted:
                raise ApiError(400, "Bad Request: no such bot message")
            buttons = (stored.message.get("reply_markup") or {}).get("inline_keyboard", [])
            if data not in {b.get("callback_data") for row in buttons for b in row}:
                raise ApiError(400, f"Bad Request: message has no button with data {data!r}")
            user_id = int(body.get("user_id", chat_id))
            query = {"from": self._user(user_id), "message": stored.message, "data": data}
            self._upstream_client("/sendCallback", query)
            self._pull_upstream()
        return {"pressed": True, "_time": time.time()}

    def control_messages(self, query: dict[str, str]) -> list[dict[str, Any]]:
        chat_id = int(query["chat_id"])
        after = int(query.get("after_seq", 0))
        with self.state.cond:
            return [
                m.for_tests()
                for (cid, _), m in self.state.bot_messages.items()
                if cid == chat_id and m.seq > after
            ]

    def control_log(self, query: dict[str, str]) -> list[dict[str, Any]]:
        after = int(query.get("after_seq", 0))
        with self.state.cond:
            return [entry for entry in self.state.log if entry["seq"] > after]

    def control_failures(self, body: dict[str, Any]) -> bool:
        error = body["error"]
        if error not in {"blocked", "retry_after", "migrated"}:
            raise ApiError(400, f"unknown failure kind {error!r}")
        times = body.get("times", 1 if error == "retry_after" else None)
        rule = FailureRule(
            error=error,
            methods=frozenset(body.get("methods") or ["sendMessage"]),
            times=times,
            retry_after=int(body.get("retry_after", 1)),
            migrate_to_chat_id=body.get("migrate_to_chat_id"),
        )
        if error == "migrated" and rule.migrate_to_chat_id is None:
            raise ApiError(400, "migrated needs migrate_to_chat_id")
        with self.state.cond:
            self.state.failures.setdefault(int(body["chat_id"]), []).append(rule)
        return True

    def control_clear_failures(self) -> bool:
        with self.state.cond:
            self.state.failures.clear()
        return True

    def control_chat_members(self, body: dict[str, Any]) -> bool:
        status = body["status"]
        if status not in {"creator", "administrator", "member", "left", "kicked"}:
            raise ApiError(400, f"unsupported status {status!r}")
        with self.state.cond:
            self.state.members[(int(body["chat_id"]), int(body["user_id"]))] = status
        return True

    def control_chats(self, body: dict[str, Any]) -> bool:
        chat = {"id": int(body["id"]), "type": body.get("type", "group")}
        if chat["type"] != "private":
            chat["title"] = body.get("title", "Test group")
        else:
            chat["first_name"] = body.get("first_name", "Test")
        with self.state.cond:
            self.state.chats[chat["id"]] = chat
        return True

    def control_config(self, body: dict[str, Any]) -> bool:
        with self.state.cond:
            if "privacy_mode" in body:
                self.state.privacy_mode = bool(body["privacy_mode"])
        return True

    def record(self, method: str, params: dict[str, Any], status: int) -> None:
        with self.state.cond:
            self.state.log.append(
                {
                    "seq": next(self.state.seq),
                    "time": time.time(),
                    "method": method,
                    "params": params,
                    "status": status,
                }
            )


def _confirm(updates: list[dict[str, Any]], offset: int) -> list[dict[str, Any]]:
    if offset < 0:
        return updates[offset:]
    return [u for u in updates if u["update_id"] >= offset]


def _message_text(params: dict[str, Any]) -> tuple[str, list[dict[str, Any]], str | None]:
    """Plain text, entities and the HTML as sent, validated the way Telegram validates them."""
    raw = str(params.get("text") or "")
    html: str | None = None
    entities: list[dict[str, Any]] = list(params.get("entities") or [])
    if str(params.get("parse_mode", "")).upper() == "HTML":
        html = raw
        try:
            raw, entities = parse_html(raw)  # type: ignore[assignment]
        except EntityParseError as exc:
            raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from exc
    if not raw.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if len(raw) > MAX_MESSAGE_CHARS:
        raise ApiError(400, "Bad Request: message is too long")
    return raw, entities, html


def _copy_optional(params: dict[str, Any], message: dict[str, Any]) -> None:
    markup = params.get("reply_markup")
    if isinstance(markup, dict) and "inline_keyboard" in markup:
        message["reply_markup"] = markup
    preview = params.get("link_preview_options")
    if isinstance(preview, dict):
        message["link_preview_options"] = preview


def _scope_key(params: dict[str, Any]) -> str:
    return json.dumps([params.get("scope") or {"type": "default"}, params.get("language_code", "")])


def _chat_member(user: dict[str, Any], status: str) -> dict[str, Any]:
    member: dict[str, Any] = {"user": user, "status": status}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update(can_be_edited=False, is_anonymous=False, **dict.fromkeys(ADMIN_RIGHTS, True))
    elif status == "kicked":
        member["until_date"] = 0
    return member


def _forward_origin(spec: Any, date: int) -> dict[str, Any]:
    """``"channel"``/``{"type": "channel", "title": ...}``, ``"user"`` or ``"hidden_user"``."""
    spec = {"type": spec} if isinstance(spec, str) else dict(spec)
    kind = spec["type"]
    if kind == "channel":
        chat = {"id": spec.get("chat_id", -1001000000001), "type": "channel"}
        chat["title"] = spec.get("title", "News channel")
        return {
            "type": "channel",
            "date": date,
            "chat": chat,
            "message_id": spec.get("message_id", 1),
        }
    if kind == "user":
        user = {
            "id": spec.get("user_id", 4242),
            "is_bot": False,
            "first_name": spec.get("name", "Ann"),
        }
        return {"type": "user", "date": date, "sender_user": user}
    return {"type": "hidden_user", "date": date, "sender_user_name": spec.get("name", "Anonymous")}


def user_entities(text: str) -> list[dict[str, Any]]:
    """Entities Telegram adds to a user's text: the leading bot command, links and mentions."""
    found: list[tuple[int, int, str]] = []
    command = COMMAND_RE.match(text)
    if command:
        found.append((0, command.end(), "bot_command"))
    for match in URL_RE.finditer(text):
        url = match.group().rstrip(".,;:!?)»”'")
        found.append((match.start(), match.start() + len(url), "url"))
    for match in MENTION_RE.finditer(text):
        found.append((match.start(), match.end(), "mention"))
    return [
        {
            "type": kind,
            "offset": utf16_len(text[:start]),
            "length": utf16_len(text[start:end]),
        }
        for start, end, kind in sorted(found)
    ]


def parse_params(raw: dict[str, str]) -> dict[str, Any]:
    """Bot API parameters arrive as strings (form or query); objects are JSON inside them."""
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if key in JSON_FIELDS:
            params[key] = json.loads(value) if value else None
        elif key in INT_FIELDS or key == "chat_id":
            params[key] = _maybe_int(value)
        elif key in FLOAT_FIELDS:
            params[key] = float(value)
        elif key in BOOL_FIELDS:
            params[key] = value.lower() in {"true", "1"}
        else:
            params[key] = value
    return params


def _maybe_int(value: str) -> int | str:
    try:
        return int(value)
    except ValueError:
        return value


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    layer: CompatLayer

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug(format, *args)

    def _dispatch(self) -> None:
        url = urlsplit(self.path)
        query = dict(parse_qsl(url.query))
        try:
            body = self._body()
            if url.path.startswith("/bot"):
                self._bot_api(url.path, query, body)
                return
            if url.path.startswith("/file/bot"):
                self._send_bytes(self.layer.file_content(url.path))
                return
            result = self._test_api(url.path, query, body)
            self._send(HTTPStatus.OK, {"ok": True, "result": result})
        except ApiError as exc:
            self._send(exc.code, exc.body())
        except Exception as exc:
            logger.exception("compat layer failed on %s", url.path)
            self._send(500, {"ok": False, "error_code": 500, "description": f"emulator: {exc!r}"})

    def _bot_api(self, path: str, query: dict[str, str], body: bytes) -> None:
        token, _, method = path.removeprefix("/bot").partition("/")
        if token != self.layer.token:
            self._send(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        raw = dict(query)
        ctype = self.headers.get("Content-Type", "")
        if body and "json" in ctype:
            params = dict(json.loads(body))
        else:
            if body and "multipart" in ctype:
                self.layer.record(method, {}, 400)
                raise ApiError(400, f"Bad Request: multipart ({method}) is not emulated")
            raw.update(parse_qsl(body.decode(), keep_blank_values=True))
            params = parse_params(raw)
        try:
            result = self.layer.call(method, params)
        except ApiError as exc:
            self.layer.record(method, params, exc.code)
            raise
        if method != "getUpdates" or result:
            self.layer.record(method, params, 200)
        self._send(HTTPStatus.OK, {"ok": True, "result": result})

    def _test_api(self, path: str, query: dict[str, str], body: bytes) -> Any:
        data = json.loads(body) if body else {}
        layer = self.layer
        routes = {
            ("POST", "/client/sendMessage"): lambda: layer.client_send_message(data),
            ("POST", "/client/pressButton"): lambda: layer.client_press_button(data),
            ("GET", "/control/messages"): lambda: layer.control_messages(query),
            ("GET", "/control/log"): lambda: layer.control_log(query),
            ("POST", "/control/failures"): lambda: layer.control_failures(data),
            ("DELETE", "/control/failures"): layer.control_clear_failures,
            ("POST", "/control/chat_members"): lambda: layer.control_chat_members(data),
            ("POST", "/control/chats"): lambda: layer.control_chats(data),
            ("POST", "/control/config"): lambda: layer.control_config(data),
            ("GET", "/control/unsupported"): lambda: list(layer.state.unsupported),
            ("GET", "/control/health"): lambda: {
                "last_poll": layer.state.last_poll,
                "poll_count": layer.state.poll_count,
                "webhook_url": layer.state.webhook.url if layer.state.webhook else None,
                "webhook_deliveries": layer.state.webhook_deliveries,
            },
        }
        route = routes.get((self.command, path))
        if route is None:
            raise ApiError(404, f"Not Found: {self.command} {path}")
        return route()

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send_bytes(self, data: bytes) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    # The default backlog of 5 resets connections when a load test opens 20+ at once.
    request_queue_size = 128
    daemon_threads = True


def serve(*, port: int, upstream: str, token: str) -> ThreadingHTTPServer:
    """Build the layer and its HTTP server on 127.0.0.1:port (call ``serve_forever`` on it)."""
    layer = CompatLayer(upstream=upstream, token=token)
    handler = type("BoundHandler", (Handler,), {"layer": layer})
    server = _Server(("127.0.0.1", port), handler)
    return server


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", required=True, help="telegram-test-api root URL")
    parser.add_argument("--token", required=True, help="the bot token the bot will use")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="compat %(levelname)s %(message)s")
    server = serve(port=args.port, upstream=args.upstream, token=args.token)
    print(f"listening {server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever(poll_interval=0.2)


if __name__ == "__main__":
    main()
