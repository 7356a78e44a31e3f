"""Small hand-built workspaces for tests: times in hours from a fixed origin."""

from __future__ import annotations

from core.entities import Batch, RemoteAuthor, RemoteMessage, RemotePost

T0 = 1_700_000_000 - 1_700_000_000 % 86400  # a midnight, UTC
H = 3600
US = RemoteAuthor("us", "us", "Us")


def at(hours: float) -> int:
    return T0 + int(hours * H)


def author(n: int | str) -> RemoteAuthor:
    return RemoteAuthor(f"f{n}", f"follower{n}", f"Follower {n}")


def post(pid: str, hours: float = 0, text: str = "Our post") -> RemotePost:
    return RemotePost(pid, at(hours), text)


def comment(mid: str, hours: float, who=1, text: str = "A comment", parent: str = "p1",
            post_id: str | None = "p1", lang: str = "en") -> RemoteMessage:
    return RemoteMessage(mid, at(hours), author(who), text, language=lang,
                         parent_remote_id=parent, post_remote_id=post_id)


def ours(mid: str, hours: float, parent: str, post_id: str | None = "p1",
         text: str = "Our reply") -> RemoteMessage:
    return RemoteMessage(mid, at(hours), US, text, is_ours=True, parent_remote_id=parent,
                         post_remote_id=post_id)


def mention(mid: str, hours: float, who=1, text: str = "@us hello", parent: str | None = None) -> RemoteMessage:
    return RemoteMessage(mid, at(hours), author(who), text, parent_remote_id=parent)


def batch(*items) -> Batch:
    posts = [i for i in items if isinstance(i, RemotePost)]
    msgs = [i for i in items if isinstance(i, RemoteMessage)]
    return Batch(posts, msgs)
