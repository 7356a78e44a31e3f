"""Issue 11: Parley against other servers speaking Mastodon's API (Takahē; GoToSocial and
Pleroma/Akkoma differ in the same places), on the loopback server's ``takahe`` variant:
granular scopes refused, ``400 text/html "Invalid Bearer token"`` for a lost token, no
rate-limit headers, ``Idempotency-Key`` ignored, a domain other than the address.

One test (or more) per item of the issue: 1 scopes, 2 revoking unused tokens, 4 a lost
sign-in whatever its status, 5 which message a reply answers and whom it mentions,
6 https only, 7 the server's own domain and a keychain entry keyed by the account.
Secrets live in the session-only vault here (no keychain needed).
"""

from __future__ import annotations

import json

import pytest
import requests
from PySide6.QtCore import QSettings
from servers.fault_proxy import Fault
from servers.mastodon_server import (
    DEV_FOLLOWER,
    DEV_FOLLOWER_TOKEN,
    DEV_OTHER,
    DEV_US,
    DEV_US_TOKEN,
    MastodonServer,
)

from core import accounts, outbox, secrets
from core.connectors import mastodon
from core.connectors.base import AuthExpired, OutgoingReply, Rejected
from core.errors import BadInput
from core.models import View
from core.store import Store, ThreadQuery
from core.sync import sync_account

DEV_OTHER_TOKEN = "__MASTODON_PY_TEST_ACCESS_TOKEN_3"


@pytest.fixture
def takahe():
    with MastodonServer(variant="takahe") as server:
        yield server


def browser_code(url: str) -> str:
    """Approve Parley as the browser would; the out-of-band page shows the code."""
    page = requests.get(url, timeout=5)
    assert page.status_code == 200, page.text
    return page.text.split('value="')[1].split('"')[0]


def sign_in(store: Store, server):
    signin = accounts.begin_mastodon(server.url)
    return signin, accounts.finish_mastodon(store, signin, browser_code(signin.authorize_url))


def mint_token(server, account: str = DEV_US, scopes: str = "read write") -> str:
    """A token the server gave some time ago (not through this test's sign-in)."""
    token = f"tok-{len(server.world.tokens)}-{account[-4:]}"
    with server.lock:
        server.world.tokens[token] = account
        server.token_scopes[token] = set(scopes.split())
    return token


def stored_account(store: Store, server, token: str, handle: str = "mastodonpy_test@embassy.test"):
    """An account signed in earlier: its row and its secret under the account's key."""
    account = store.add_account("mastodon", handle, "John Lennon", DEV_US, server.url)
    secrets.save(accounts.secret_key(account), mastodon.Credentials(token, "cid", "csecret").dumps())
    return account


def thread_of(store: Store, account_id: int, starts: str) -> int:
    rows = store.list_threads(ThreadQuery(view=View.ALL, account_id=account_id))
    return next(r.id for r in rows if r.snippet.startswith(starts))


# -- the variant itself ------------------------------------------------------------------------------

def test_the_takahe_variant_behaves_like_takahe(takahe):
    token = mint_token(takahe, scopes="read:accounts read:statuses write:statuses")
    me = requests.get(f"{takahe.url}/api/v1/accounts/verify_credentials", timeout=5,
                      headers={"Authorization": f"Bearer {token}"})
    assert (me.status_code, me.json()) == (403, {"error": "out_of_scope_for_token"})
    bad = requests.get(f"{takahe.url}/api/v1/accounts/verify_credentials", timeout=5,
                       headers={"Authorization": "Bearer nonsense"})
    assert (bad.status_code, bad.headers["Content-Type"].split(";")[0], bad.text) == \
        (400, "text/html", "Invalid Bearer token")
    ok = requests.get(f"{takahe.url}/api/v1/accounts/verify_credentials", timeout=5,
                      headers={"Authorization": f"Bearer {mint_token(takahe)}"})
    assert ok.status_code == 200 and not any(h.lower().startswith("x-ratelimit") for h in ok.headers)
    assert requests.get(f"{takahe.url}/api/v2/instance", timeout=5).json()["domain"] == "embassy.test"
    assert requests.get(f"{takahe.url}/.well-known/oauth-authorization-server", timeout=5).status_code == 404
    assert not takahe.idempotency


def test_without_rate_headers_or_idempotency_a_reply_still_lands_once(vault, store, takahe):
    account = stored_account(store, takahe, mint_token(takahe))
    post = takahe.post_as(DEV_US_TOKEN, "Statement")
    takahe.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test When?", post["id"])
    conn = accounts.connector_for(store, account)
    sync_account(store, account, conn)
    assert conn.rate_remaining is None  # nothing to read: no guess either
    item = outbox.queue(store, thread_of(store, account.id, "@mastodonpy_test When?"), "Monday.")
    takahe.plan = lambda m, p: Fault.DROP_AFTER if m == "POST" and p == "/api/v1/statuses" else Fault.NONE
    first = outbox.send_due(store, lambda a: accounts.connector_for(store, a), now=1000)
    assert first.needs_check == [item.id]
    takahe.plan = lambda m, p: Fault.NONE
    for n in range(3):  # the check finds it: never posted again, though the key is ignored
        outbox.send_due(store, lambda a: accounts.connector_for(store, a), now=100_000 + n * 10_000)
    assert store.outbox_item(item.id).state == "sent"
    assert len(takahe.committed_replies()) == 1


# -- 1: scopes ---------------------------------------------------------------------------------------

def test_1_sign_in_on_takahe_asks_for_what_it_knows_and_says_what_was_granted(vault, store, takahe):
    signin, account = sign_in(store, takahe)
    assert signin.app.scopes == "read write:statuses"  # no granular scopes advertised: the whole "read"
    assert account.remote_id == DEV_US and account.status == "ok"
    assert signin.grant_note.startswith("Parley may read your account and post replies.")
    assert "no narrower permission" in signin.grant_note and "direct messages" in signin.grant_note
    assert accounts.grant_note(account) == signin.grant_note


def test_1_mastodon_4_3_lists_its_scopes_and_gets_the_granular_ones(vault, store, mastodon_server):
    signin, _account = sign_in(store, mastodon_server)
    assert signin.app.scopes == mastodon.SCOPES
    assert signin.grant_note == "Parley may read your account and post replies."


def test_1_scope_choices_and_plain_words():
    assert mastodon.choose_scopes(None) == ("read write:statuses", "read write")
    assert mastodon.choose_scopes({"read", "write", *mastodon.SCOPES.split()})[0] == mastodon.SCOPES
    assert mastodon.choose_scopes({"read", "write", "read:accounts"})[0] == "read write:statuses"
    sentence, broad = mastodon.describe_grant("read write")
    assert broad and "change anything your account can" in sentence
    assert mastodon.describe_grant(mastodon.SCOPES) == ("Parley may read your account and post replies.", False)
    sentence, broad = mastodon.describe_grant("read")
    assert "did not let Parley post replies" in sentence and not broad


def test_1_a_refused_scope_set_falls_back_to_the_next(takahe):
    refused = []
    original = takahe._register_app

    def picky(form):
        if form.get("scopes") != "read write":
            refused.append(form.get("scopes"))
            return 422, {"error": "Validation failed: Scopes are invalid"}, {}
        return original(form)

    takahe._register_app = picky
    app = mastodon.register_app(takahe.url)
    assert refused == ["read write:statuses"] and app.scopes == "read write"
    assert mastodon.describe_grant(app.scopes)[1]  # broader than needed: said so


# -- 2: tokens Parley no longer uses are revoked -----------------------------------------------------

def test_2_a_failed_sign_in_revokes_its_token_and_the_next_asks_for_more(vault, store, takahe):
    takahe.oauth_metadata = True  # it lists the granular scopes, then refuses them where it matters
    signin = accounts.begin_mastodon(takahe.url)
    assert signin.app.scopes == mastodon.SCOPES
    code = browser_code(signin.authorize_url)
    with pytest.raises(AuthExpired) as err:
        accounts.finish_mastodon(store, signin, code)
    assert "refused to show your account (out_of_scope_for_token)" in str(err.value)
    assert "withdrew that sign-in" in str(err.value)
    (token,) = takahe.token_scopes
    assert token in takahe.revoked and token not in takahe.world.tokens  # no live token left behind
    assert store.accounts() == []
    # Signing in again asks for the whole "read" at once, and works.
    signin, account = sign_in(store, takahe)
    assert signin.app.scopes == "read write:statuses" and account.status == "ok"


def test_2_a_replaced_sign_in_and_a_removed_account_leave_no_live_token(vault, store, mastodon_server):
    _, first = sign_in(store, mastodon_server)
    old = mastodon.Credentials.loads(accounts.load_secret(first)).access_token
    _, again = sign_in(store, mastodon_server)  # "sign in again"
    assert again.id == first.id
    new = mastodon.Credentials.loads(accounts.load_secret(again)).access_token
    assert new != old and old in mastodon_server.revoked and new in mastodon_server.world.tokens
    accounts.remove_account(store, again)
    assert new in mastodon_server.revoked and accounts.load_secret(again) is None


# -- 4: a lost sign-in, whatever the status code -------------------------------------------------------

def test_4_a_revoked_token_holds_the_replies_and_asks_for_sign_in(vault, store, takahe):
    token = mint_token(takahe)
    account = stored_account(store, takahe, token)
    post = takahe.post_as(DEV_US_TOKEN, "Statement")
    takahe.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test When?", post["id"])
    sync_account(store, account, accounts.connector_for(store, account))
    item = outbox.queue(store, thread_of(store, account.id, "@mastodonpy_test When?"), "On Monday.", now=1000)
    with takahe.lock:  # revoked elsewhere (the server's settings page)
        takahe.world.tokens.pop(token)
    report = outbox.send_due(store, lambda a: accounts.connector_for(store, a), now=1000)
    assert report.failed == [] and report.signin_required == [account.id]
    assert store.outbox_item(item.id).state == "queued"  # held for the sign-in, not failed
    assert store.account(account.id).status == "signin_required"
    assert takahe.committed_replies() == []


def test_4_the_connector_confirms_before_calling_a_refusal_a_lost_sign_in(takahe):
    token = mint_token(takahe)
    conn = mastodon.MastodonConnector(takahe.url, token)
    parent = takahe.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test A question?")["id"]
    long = OutgoingReply("k", "x" * 600, parent)
    long = OutgoingReply("k", long.text, parent, conn.prepare_reply(long))
    with pytest.raises(Rejected, match="character limit"):  # 422 with a valid token: the refusal stands
        conn.send_reply(long)
    with pytest.raises(Rejected, match="404"):
        conn.prepare_reply(OutgoingReply("k", "hi", "1"))
    with takahe.lock:
        takahe.world.tokens.pop(token)
    with pytest.raises(AuthExpired, match="Invalid Bearer token"):
        conn.whoami()
    with pytest.raises(AuthExpired, match="sign in again"):  # the same 422 body, now a lost sign-in
        conn.send_reply(long)


def test_4_mastodon_s_own_401_is_still_a_lost_sign_in(mastodon_server):
    with pytest.raises(AuthExpired, match="The access token is invalid"):
        mastodon.MastodonConnector(mastodon_server.url, "not-a-token").whoami()


# -- 5: which message a reply answers, and whom it mentions -----------------------------------------

def question_and_remark(server):
    post = server.post_as(DEV_US_TOKEN, "Our statement on the elections")
    question = server.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test When will the results be published?",
                              post["id"])
    remark = server.post_as(DEV_OTHER_TOKEN, "@admin @mastodonpy_test Good point, I wondered too.", question["id"])
    return post, question, remark


def test_5_the_default_answers_the_person_who_asked(vault, store, mastodon_server):
    from core import replytarget

    account = stored_account(store, mastodon_server, DEV_US_TOKEN, handle=f"mastodonpy_test@{mastodon_server.url[7:]}")
    _, question, remark = question_and_remark(mastodon_server)
    sync_account(store, account, accounts.connector_for(store, account))
    tid = thread_of(store, account.id, "@mastodonpy_test When will")
    detail = store.thread_detail(tid)
    assert [m.remote_id for m in replytarget.choices(detail)] == [remark["id"], question["id"]]
    assert replytarget.default_target(detail) == question["id"]  # the question, not the later remark
    item = outbox.queue(store, tid, "On Monday, at noon.", now=1000)
    assert item.in_reply_to_remote_id == question["id"]
    outbox.send_due(store, lambda a: accounts.connector_for(store, a), now=1000)
    ((rid, text),) = mastodon_server.committed_replies()
    assert text == "@admin On Monday, at noon."  # the asker; not ourselves
    assert mastodon_server.status(rid)["in_reply_to_id"] == question["id"]
    with pytest.raises(BadInput, match="not in this thread"):
        replytarget.check(detail, "12345")


def test_5_a_reply_mentions_whom_the_message_answered_addresses(mastodon_server):
    conn = mastodon.MastodonConnector(mastodon_server.url, DEV_US_TOKEN)
    _, _question, remark = question_and_remark(mastodon_server)
    body = json.loads(conn.prepare_reply(OutgoingReply("k", "Thank you both.", remark["id"])))
    # Its author, then the accounts it mentions; never ourselves; each once.
    assert body["status"] == "@mastodonpy_test_2 @admin Thank you both."
    body = json.loads(conn.prepare_reply(OutgoingReply("k", "Thanks @ADMIN, and you.", remark["id"])))
    assert body["status"] == "@mastodonpy_test_2 Thanks @ADMIN, and you."  # not if already in the text
    assert mastodon.reply_mentions({"account": {"id": DEV_OTHER, "acct": "x@a.example"},
                                    "mentions": [{"id": DEV_FOLLOWER, "acct": "x@a.example"},
                                                 {"id": DEV_US, "acct": "mastodonpy_test"}]}, DEV_US, "hi") \
        == ["x@a.example"]


def test_5_cli_reply_to_another_message(vault, store, mastodon_server, tmp_path, capsys, monkeypatch):
    from cli.app import main

    data = tmp_path / "data"
    monkeypatch.setenv("PARLEY_DATA_DIR", str(data))
    from core.workspace import workspace_path

    path = workspace_path(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    with Store.open(path) as s:
        account = stored_account(s, mastodon_server, DEV_US_TOKEN, handle=f"mastodonpy_test@{mastodon_server.url[7:]}")
        _, question, remark = question_and_remark(mastodon_server)
        sync_account(s, account, accounts.connector_for(s, account))
        tid = thread_of(s, account.id, "@mastodonpy_test When will")
    text = tmp_path / "reply.txt"
    text.write_text("Glad you asked.", encoding="utf-8")
    assert main(["reply", str(tid), "--targets"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].startswith(f"  {remark['id']}") and listed[1].startswith(f"* {question['id']}")
    assert main(["reply", str(tid), "--to", remark["id"], "--text-file", str(text)]) == 0
    out = capsys.readouterr().out
    assert "answering mastodonpy_test_2" in out
    with Store.open(path) as s:
        (item,) = s.outbox()
        assert item.in_reply_to_remote_id == remark["id"]
    assert main(["reply", str(tid), "--to", "999", "--text-file", str(text)]) == 2


def test_5_the_composer_says_whom_it_answers_and_lets_you_choose(vault, mastodon_server, qtbot, tmp_path):
    from gui.mainwindow import MainWindow

    data = tmp_path / "ws"
    data.mkdir()
    path = data / "workspace.sqlite"
    with Store.open(path) as s:
        account = stored_account(s, mastodon_server, DEV_US_TOKEN, handle=f"mastodonpy_test@{mastodon_server.url[7:]}")
        _, _question, remark = question_and_remark(mastodon_server)
        sync_account(s, account, accounts.connector_for(s, account))
        tid = thread_of(s, account.id, "@mastodonpy_test When will")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(path, demo=False, settings=settings, data_dir=data)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.show()

    def idle():
        for _ in range(5):
            assert w.runner.wait_idle(30)
            qtbot.wait(30)

    w.sidebar.select_view(View.ALL)
    idle()
    w.table.selectRow(w.model.row_of(tid))
    idle()
    c = w.composer
    host = mastodon_server.url[7:]
    assert c.target.text().startswith(f"Replying to: \u2068admin@{host}\u2069 “\u2068@mastodonpy_test When will")
    assert not c.target_button.isHidden()
    actions = c.target_menu.actions()
    assert len(actions) == 2 and "(default)" in actions[1].text() and actions[1].isChecked()
    actions[0].trigger()  # answer the remark instead
    assert c.target.text().startswith(f"Replying to: \u2068mastodonpy_test_2@{host}\u2069 “\u2068@admin")
    c.editor.setPlainText("Thank you both.")
    c.queue()
    idle()
    with Store.open(path) as s:
        (item,) = s.outbox()
        assert item.in_reply_to_remote_id == remark["id"]
    w.syncing.confirm_quit = lambda: True  # (a queued reply: quitting would ask)
    w.close()
    w.runner.shutdown()


# -- 6: https only, except on this computer ----------------------------------------------------------

@pytest.mark.parametrize("address", ["http://example.org", "http://embassy.test:8711", "http://10.0.0.5"])
def test_6_plain_http_is_refused_outside_loopback(address, vault, store):
    with pytest.raises(BadInput) as err:
        mastodon.normalize_instance(address)
    host = address[7:]
    assert str(err.value) == (f"Parley only signs in over https:// — “http://{host}” would send your password "
                              f"in clear. Use https://{host}.")
    with pytest.raises(BadInput, match="only signs in over https://"):
        accounts.begin_mastodon(address)
    with pytest.raises(BadInput, match="only signs in over https://"):
        accounts.add_bluesky(store, "alice.example", "app-pass", service=address)
    with pytest.raises(BadInput, match="only signs in over https://"):
        mastodon.MastodonConnector(address, "token")


@pytest.mark.parametrize("address", ["http://127.0.0.1:8080", "http://localhost:3000", "http://127.5.6.7",
                                     "http://[::1]:8080", "https://example.org"])
def test_6_loopback_and_https_are_accepted(address):
    assert mastodon.normalize_instance(address) == address


# -- 7: the server's own name, and a keychain entry that does not depend on the address ---------------

def test_7_the_account_is_named_by_the_server_s_domain(vault, store, takahe):
    _, account = sign_in(store, takahe)
    assert account.handle == "mastodonpy_test@embassy.test" and account.service_url == takahe.url
    assert accounts.secret_key(account) == secrets.remote_account_key("mastodon", DEV_US, "embassy.test")
    # Authors of the same server are named by its domain too.
    post = takahe.post_as(DEV_US_TOKEN, "Statement")
    takahe.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test When?", post["id"])
    conn = accounts.connector_for(store, account)
    assert [m.author.handle for m in conn.fetch_thread(mastodon.post_from_status(post))] == ["admin@embassy.test"]


def test_7_an_entry_under_the_old_key_moves_and_the_address_can_change(vault, store, takahe):
    account = store.add_account("mastodon", "mastodonpy_test@embassy.test", "John Lennon", DEV_US, takahe.url)
    legacy = secrets.account_key("mastodon", account.handle, takahe.url)  # how it was filed before
    secrets.save(legacy, mastodon.Credentials(mint_token(takahe)).dumps())
    assert accounts.connector_for(store, account).whoami().remote_id == DEV_US
    new_key = secrets.remote_account_key("mastodon", DEV_US, "embassy.test")
    assert secrets.load(legacy) is None and secrets.load(new_key) is not None  # moved, not copied
    # The server moves to another address: the same entry still signs the account in.
    moved = store.move_account(account.id, account.handle, "http://localhost:" + takahe.url.rsplit(":", 1)[1])
    assert accounts.secret_key(moved) == new_key
    assert accounts.connector_for(store, moved).whoami().remote_id == DEV_US
    accounts.remove_account(store, moved)
    assert secrets.load(new_key) is None and secrets.load(legacy) is None


def test_7_signing_in_again_keeps_the_row_named_by_the_address_before(vault, store, takahe):
    old_name = f"mastodonpy_test@{takahe.url[7:]}"
    account = store.add_account("mastodon", old_name, "John Lennon", DEV_US, takahe.url)
    old_token = mint_token(takahe)
    secrets.save(secrets.account_key("mastodon", old_name, takahe.url), mastodon.Credentials(
        old_token, "cid", "csecret").dumps())
    _, again = sign_in(store, takahe)
    assert again.id == account.id and again.handle == "mastodonpy_test@embassy.test"
    assert len(store.accounts()) == 1
    assert secrets.load(secrets.account_key("mastodon", old_name, takahe.url)) is None
