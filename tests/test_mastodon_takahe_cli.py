"""Issue 11, items 1 and 2 as a new user meets them: ``account add mastodon`` in a real
process, the real keychain, against the loopback server's Takahē variant (granular
scopes refused, whole ``read`` needed for ``verify_credentials``)."""

from __future__ import annotations

import pytest
from servers.mastodon_server import MastodonServer
from test_cli_accounts import add_mastodon_via_cli

pytestmark = pytest.mark.keychain


@pytest.fixture
def takahe():
    with MastodonServer(variant="takahe") as server:
        yield server


def test_1_signing_in_on_takahe_works_and_says_what_was_granted(keychain, takahe, tmp_path):
    r = add_mastodon_via_cli(tmp_path / "data", takahe)
    assert r.returncode == 0, r.stderr
    assert "(mastodon, mastodonpy_test@embassy.test)" in r.stdout  # the server's own name
    assert "Parley may read your account and post replies. This server grants no narrower permission" in r.stdout
    assert "direct messages" in r.stdout and "out_of_scope_for_token" not in r.stdout + r.stderr


def test_2_a_sign_in_the_server_refuses_after_the_token_says_why_and_leaves_no_token(keychain, takahe, tmp_path):
    takahe.oauth_metadata = True  # lists the granular scopes, then refuses them where it matters
    r = add_mastodon_via_cli(tmp_path / "data", takahe)
    assert r.returncode == 3
    assert "refused to show your account" in r.stderr and "Parley withdrew that sign-in" in r.stderr
    assert "Traceback" not in r.stderr
    (token,) = takahe.token_scopes
    assert token in takahe.revoked and token not in takahe.world.tokens


def test_2_signing_in_again_from_the_command_line_asks_for_broader_reading(keychain, takahe, tmp_path):
    takahe.oauth_metadata = True
    assert add_mastodon_via_cli(tmp_path / "data", takahe).returncode == 3
    r = add_mastodon_via_cli(tmp_path / "data", takahe)  # as the message says: sign in again
    assert r.returncode == 0, r.stderr
