"""One HTTP client for every connector: timeouts, and errors mapped to what can be done.

``requests`` says little about *when* a request failed. What matters to the outbox
is whether the request can have reached the server:

* could not connect (refused, DNS, no route, connect timeout) -> :class:`Offline`:
  nothing was sent;
* anything after the request left (read timeout, connection reset or dropped
  before the answer) -> :class:`Ambiguous`: the server may have acted on it.

Status codes map to :class:`AuthExpired` (401, and what a platform says means
it), :class:`RateLimited` (429, with the wait the server asked for),
:class:`ServerError` (5xx) and :class:`Rejected` (other 4xx). Connectors pass a
``describe`` function that pulls the platform's own error text out of a body.
Tokens never appear in the messages: they are built from status, path and the
platform's error text only. :class:`Rejected` and :class:`AuthExpired` carry the
HTTP ``status``, so a connector can ask whether a refusal means a lost sign-in.

Every address Parley sends a token or a password to is checked here
(:func:`require_secure`): ``https://``, or plain ``http://`` only to this computer
(127.0.0.0/8, ::1, localhost), where nothing crosses a network.
"""

from __future__ import annotations

import email.utils
import ipaddress
import json
import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

from ..errors import BadInput
from .base import Ambiguous, AuthExpired, Offline, RateLimited, Rejected, ServerError

log = logging.getLogger("parley.http")

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
USER_AGENT = "Parley/0.1 (+https://example.invalid/parley)"


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None, default: float = 60.0) -> float:
    """How long the server asked us to wait: ``Retry-After`` (seconds or a date), or a
    rate-limit reset header (epoch seconds or ISO 8601), else ``default``."""
    now = time.time() if now is None else now
    value = headers.get("Retry-After")
    if value:
        try:
            return _wait(float(value), default)
        except ValueError:
            try:  # (None on older Pythons, ValueError on newer ones for a bad date)
                parsed = email.utils.parsedate_to_datetime(value)
            except (ValueError, TypeError, IndexError):
                parsed = None
            if parsed is not None:
                return _wait(parsed.timestamp() - now, default)
    for name in ("X-RateLimit-Reset", "RateLimit-Reset", "x-rate-limit-reset"):
        value = headers.get(name)
        if not value:
            continue
        try:
            number = float(value)
            # Small numbers are "seconds from now" (IETF draft), big ones epoch seconds.
            return _wait(number if number < 10**9 else number - now, default)
        except ValueError:
            from ..timeutil import parse_iso

            try:
                return _wait(parse_iso(value) - now, default)
            except ValueError:
                continue
    return default


def _wait(seconds: float, default: float) -> float:
    """A server's wait, never negative, and ``default`` for one that is not a number (nan, inf)."""
    return max(0.0, seconds) if math.isfinite(seconds) else default


def _body_text(resp: requests.Response) -> str:
    try:
        data = resp.json()
    except (ValueError, RecursionError):
        return resp.text[:200]
    if isinstance(data, dict):
        for key in ("error_description", "message", "error", "detail", "title"):
            v = data.get(key)
            if isinstance(v, str) and v:
                return v
            if isinstance(v, dict) and isinstance(v.get("message"), str):
                return v["message"]
    return json.dumps(data)[:200]


@dataclass
class HttpClient:
    """A ``requests.Session`` bound to one service, with Parley's error mapping."""

    base_url: str
    token_getter: Callable[[], str | None] | None = None
    describe: Callable[[requests.Response], str] = _body_text
    timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT)
    session: requests.Session | None = None

    def __post_init__(self) -> None:
        self.base_url = require_secure(self.base_url.rstrip("/"))
        if self.session is None:
            self.session = requests.Session()
            self.session.headers["User-Agent"] = USER_AGENT
            # No proxies from the environment, no .netrc: requests go where we say.
            self.session.trust_env = False

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}{path}"

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json_body: Any = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        auth: bool = True,
        token: str | None = None,
    ) -> requests.Response:
        h = dict(headers or {})
        bearer = token if token is not None else (self.token_getter() if auth and self.token_getter else None)
        if bearer:
            h["Authorization"] = f"Bearer {bearer}"
        url = require_secure(self.url(path)) if path.startswith("http://") else self.url(path)
        where = urlsplit(url).path
        try:
            resp = self.session.request(
                method, url, params=params, json=json_body, data=data, headers=h,
                timeout=self.timeout, allow_redirects=False,
            )
        except (requests.ConnectTimeout, requests.exceptions.InvalidURL) as exc:
            raise Offline(f"cannot reach {urlsplit(url).netloc}: {type(exc).__name__}") from None
        except requests.ConnectionError as exc:
            if _never_sent(exc):
                raise Offline(f"cannot reach {urlsplit(url).netloc} (offline?)") from None
            raise Ambiguous(f"{method} {where}: the connection dropped before the answer") from None
        except requests.Timeout:
            raise Ambiguous(f"{method} {where}: no answer within {self.timeout[1]:g} s") from None
        except requests.RequestException as exc:
            raise Ambiguous(f"{method} {where}: {type(exc).__name__}") from None
        self.check(resp, method, where)
        return resp

    def check(self, resp: requests.Response, method: str, where: str) -> None:
        status = resp.status_code
        if status < 300:
            return
        reason = self.describe(resp) or resp.reason or ""
        if status == 401:
            raise with_status(AuthExpired(f"sign in again: the server refused the credentials ({reason})"),
                               status)
        if status == 429:
            wait = retry_after_seconds(resp.headers)
            raise RateLimited(f"rate limited by the server: wait {wait:.0f} s ({reason})", wait)
        if status >= 500:
            raise ServerError(f"{method} {where}: server error {status} ({reason})")
        if 300 <= status < 400:
            raise Rejected(f"{method} {where}: unexpected redirect {status}")
        raise with_status(Rejected(f"{method} {where}: {status} {reason}"), status)

    def get_json(self, path: str, **kw) -> Any:
        resp = self.request("GET", path, **kw)
        try:
            return resp.json()
        except (ValueError, RecursionError):  # (RecursionError: JSON nested thousands deep)
            raise ServerError(f"GET {urlsplit(self.url(path)).path}: the answer is not JSON") from None


def with_status(exc: Exception, status: int) -> Exception:
    exc.status = status  # type: ignore[attr-defined]
    return exc


# 4xx answers that never say a token is no longer valid: gone, no such endpoint, rate limit.
_NOT_ABOUT_THE_TOKEN = frozenset({404, 405, 410, 429})


def may_mean_lost_sign_in(exc: BaseException) -> bool:
    """Whether a refusal could mean the token is no longer valid, whatever the platform's
    way of saying it (401; Takahē's 400 text/html; 403, 422 elsewhere): any 4xx but those
    that are about the request (404, 405, 410) or a rate limit. Connectors confirm it by
    asking who the token belongs to before they call it a lost sign-in."""
    status = status_of(exc)
    return status is not None and 400 <= status < 500 and status not in _NOT_ABOUT_THE_TOKEN


def status_of(exc: BaseException) -> int | None:
    """The HTTP status a refusal came with (None when it did not come from an answer)."""
    status = getattr(exc, "status", None)
    return status if isinstance(status, int) else None


def _never_sent(exc: requests.ConnectionError) -> bool:
    """True when the connection failed before any byte of the request left."""
    text = repr(exc)
    markers = ("NewConnectionError", "Connection refused", "Name or service not known",
               "nodename nor servname", "No route to host", "Network is unreachable",
               "Failed to resolve", "getaddrinfo failed")
    return any(m in text for m in markers)


def item_id(item: Any) -> str:
    """An item's id for a skip reason ("?" when it has none)."""
    return str(item.get("id")) if isinstance(item, dict) and item.get("id") else "?"


def normalize_api_base(url: str | None, default: str, what: str) -> str:
    """An API's base address (``default`` when none is given), without a trailing slash;
    :class:`BadInput` naming ``what`` for anything that is not a plain http(s) address,
    and for plain ``http://`` anywhere but this computer (:func:`require_secure`)."""
    text = (url or default).strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise BadInput(f"{url!r} is not {what} (like {default})")
    return require_secure(text)


def is_loopback_host(host: str | None) -> bool:
    """127.0.0.0/8, ::1 and localhost: addresses that never leave this computer."""
    if not host:
        return False
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_secure(url: str) -> str:
    """``url`` when tokens and passwords sent to it are encrypted on the way: ``https://``,
    or ``http://`` to this computer only. Otherwise :class:`BadInput` with a sentence
    (the one check for every connector and sign-in)."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "http":
        return url
    try:
        host = parts.hostname
    except ValueError:
        host = None
    if is_loopback_host(host):
        return url
    shown = f"http://{parts.netloc}"
    raise BadInput(f"Parley only signs in over https:// — “{shown}” would send your password in clear. "
                   f"Use https://{parts.netloc}.")
