"""Hostile API answers through each connector's real HTTP code, into a real store.

A loopback server answers one sync of one account with a generated world (see
tests/hostile): pages holding good items, odd but good ones and broken ones, and now
and then a broken answer or hostile headers. Properties:

* nothing but Parley's own errors comes out of a sync (the suite found nine ways a
  connector let another out - a JSON answer nested too deeply, ``X-RateLimit-Remaining:
  inf``, a Link header or permalink that is not a URL, a Retry-After that is not a date,
  a lone surrogate in an id, X containers of the wrong type - all fixed);
* every good item is saved, every bad one is not, and the sync summary holds a reason
  for each bad one that names it and what was wrong;
* the store is consistent afterwards (integrity, full-text index, cached figures).
"""

from __future__ import annotations

import pytest
from hostile import bluesky as b
from hostile import facebook as f
from hostile import mastodon as m
from hostile import x
from hostile.checks import explore
from hostile.harness import fresh_store, sync_world, template
from hostile.server import ScriptedServer

from core.connectors.bluesky import BlueskyConnector, Session
from core.connectors.facebook import FacebookConnector
from core.connectors.mastodon import MastodonConnector
from core.connectors.x import XConnector

# Exceptions a sync may let out besides Parley's own errors: none. (The harness can name
# tolerated ones - exception, file, function - while a bug is being fixed; there are none.)
MASTODON_BUGS: dict = {}
BLUESKY_BUGS: dict = {}
FACEBOOK_BUGS: dict = {}
X_BUGS: dict = {}

EXAMPLES = {"mastodon": 300, "bluesky": 300, "facebook": 300, "x": 300}
# Each test runs in two sizes: ``full`` (slow) serves the worlds above, ``sample`` (the fast
# lane, ``-m "not slow"``) one world in SAMPLE of them.
SAMPLE = 20
SIZES = pytest.mark.parametrize("size", ["sample", pytest.param("full", marks=pytest.mark.slow)])


def examples(network: str, size: str) -> int:
    return EXAMPLES[network] if size == "full" else EXAMPLES[network] // SAMPLE


@pytest.fixture(scope="module")
def server():
    with ScriptedServer() as s:
        yield s


@SIZES
def test_mastodon_sync_of_hostile_answers(size, server, tmp_path_factory):
    tpl = template(tmp_path_factory.mktemp("mastodon"), "mastodon", "us", m.US, server.url)

    def check(world) -> int:
        server.use(world)
        before = server.served
        with fresh_store(tpl) as store:
            connector = MastodonConnector(server.url, "token", account_id=m.US, timeout=(5, 5))
            sync_world(store, connector, world, MASTODON_BUGS, "mastodon")
        return server.served - before

    explore("Mastodon API answers", m.world(), check, examples("mastodon", size))


@SIZES
def test_bluesky_sync_of_hostile_answers(size, server, tmp_path_factory):
    tpl = template(tmp_path_factory.mktemp("bluesky"), "bluesky", b.HANDLE, b.US, server.url)
    secret = Session(did=b.US, handle=b.HANDLE, access_jwt="a", refresh_jwt="r", pds_url=server.url).to_secret()

    def check(world) -> int:
        server.use(world, key=b.key, missing=b.missing)
        before = server.served
        with fresh_store(tpl) as store:
            sync_world(store, BlueskyConnector(secret, timeout=(5, 5)), world, BLUESKY_BUGS, "bluesky")
        return server.served - before

    explore("Bluesky API answers", b.world(), check, examples("bluesky", size))


@SIZES
def test_facebook_sync_of_hostile_answers(size, server, tmp_path_factory):
    tpl = template(tmp_path_factory.mktemp("facebook"), "facebook", "The Page", f.PAGE, server.url)

    def check(world) -> int:
        server.use(world)
        before = server.served
        with fresh_store(tpl) as store:
            connector = FacebookConnector("token", page_id=f.PAGE, graph_url=server.url, timeout=(5, 5))
            sync_world(store, connector, world, FACEBOOK_BUGS, "facebook")
        return server.served - before

    explore("Facebook Graph API answers", f.world(), check, examples("facebook", size))


@SIZES
def test_x_sync_of_hostile_answers(size, server, tmp_path_factory):
    tpl = template(tmp_path_factory.mktemp("x"), "x", x.HANDLE, x.US, server.url)

    def check(world) -> int:
        server.use(world, key=x.key)
        before = server.served
        with fresh_store(tpl) as store:
            connector = XConnector("token", user_id=x.US, handle=x.HANDLE, api_url=server.url, timeout=(5, 5))
            sync_world(store, connector, world, X_BUGS, "x")
        return server.served - before

    explore("X API answers", x.world(), check, examples("x", size))
