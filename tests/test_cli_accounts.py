"""account / sync / reply / outbox as a user runs them: real processes, the real keychain
(gnome-keyring on a private D-Bus), the loopback Mastodon server, exit codes."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests
from servers.fault_proxy import Fault
from servers.mastodon_server import DEV_FOLLOWER_TOKEN, DEV_US, DEV_US_TOKEN, MastodonServer

from conftest import ROOT
from core import accounts, outbox, secrets
from core.connectors.base import AuthExpired
from core.store import Store
from core.sync import sync_account
from core.timeutil import iso
from core.workspace import workspace_path

pytestmark = pytest.mark.keychain


def env_for(data_dir: Path) -> dict:
    e = dict(os.environ, PARLEY_DATA_DIR=str(data_dir))
    e.pop("DISPLAY", None)
    e.pop("WAYLAND_DISPLAY", None)
    return e


def cli(data_dir: Path, *args, input: str | None = None, timeout: float = 60):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env_for(data_dir), input=input, timeout=timeout)


def add_mastodon_via_cli(data_dir: Path, server, *extra: str) -> subprocess.CompletedProcess:
    """`account add mastodon`, with this test playing the browser."""
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "account", "add", "mastodon", "--instance", server.url,
         "--no-browser", "--timeout", "30", *extra],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env_for(data_dir))
    lines = []
    try:
        while True:
            line = proc.stderr.readline()
            assert line, f"no sign-in page printed: {lines}"
            lines.append(line)
            if line.strip().startswith("http"):
                break
        page = requests.get(line.strip(), timeout=10)  # the browser: approve, follow the redirect
        assert page.status_code == 200
        if "--paste" in extra:
            code = page.text.split('value="')[1].split('"')[0]
            proc.stdin.write(code + "\n")
            proc.stdin.flush()
        else:
            assert "Parley is signed in" in page.text
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, "".join(lines) + err)


@pytest.mark.slow
def test_add_sync_reply_send_from_the_command_line(keychain, mastodon_server, tmp_path):
    d = tmp_path / "data"
    r = add_mastodon_via_cli(d, mastodon_server)
    assert r.returncode == 0, r.stderr
    assert "added John Lennon (mastodon, mastodonpy_test@127.0.0.1:" in r.stdout
    listed = json.loads(cli(d, "account", "list", "--format", "json").stdout)
    assert [(a["platform"], a["remote_id"], a["status"]) for a in listed] == [("mastodon", DEV_US, "ok")]
    key = secrets.remote_account_key("mastodon", DEV_US, listed[0]["handle"].split("@", 1)[1])  # by the account
    token = json.loads(secrets.load(key))["access_token"]
    assert mastodon_server.world.tokens[token] == DEV_US  # the keychain holds the server's token

    post = mastodon_server.post_as(DEV_US_TOKEN, "Our statement on the elections")
    mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "When will the results be published?", post["id"])
    r = cli(d, "sync")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ("sync: 13 new posts, 3 new messages, 2 new threads; "
                                "outbox: 0 sent, 0 failed, 0 to check, 0 waiting")
    assert "syncing John Lennon (mastodon)" in r.stderr and "thread 13 of 13" in r.stderr
    threads = json.loads(cli(d, "threads", "--view", "awaiting", "--format", "json").stdout)
    question = next(t for t in threads if t["snippet"].startswith("When will"))
    r = cli(d, "reply", str(question["id"]), "--text-file", "-", input="On Monday, at noon.\n")
    assert r.returncode == 0 and "queued reply 1" in r.stdout, r.stderr
    (item,) = json.loads(cli(d, "outbox", "list", "--format", "json").stdout)
    assert (item["state"], item["text"]) == ("queued", "On Monday, at noon.")
    r = cli(d, "outbox", "send")
    assert r.returncode == 0 and r.stdout.strip() == "outbox: 1 sent, 0 failed, 0 to check, 0 waiting"
    (item,) = json.loads(cli(d, "outbox", "list", "--format", "json").stdout)
    assert item["state"] == "sent" and item["remote_id"] == mastodon_server.committed_replies()[0][0]
    assert mastodon_server.committed_replies()[0][1] == "@admin On Monday, at noon."
    r = cli(d, "sync")
    assert r.stdout.startswith("sync: 0 new posts, 0 new messages, 0 new threads")

    r = cli(d, "account", "remove", "John", "--keep-threads")
    assert r.returncode == 0 and "its threads are kept" in r.stdout
    assert secrets.load(key) is None and token in mastodon_server.revoked
    assert json.loads(cli(d, "account", "list", "--format", "json").stdout)[0]["status"] == "removed"
    assert json.loads(cli(d, "threads", "--view", "all", "--format", "json").stdout)  # still readable


def test_add_with_a_pasted_code(keychain, mastodon_server, tmp_path):
    r = add_mastodon_via_cli(tmp_path / "data", mastodon_server, "--paste")
    assert r.returncode == 0, r.stderr
    assert "Paste the authorization code" not in r.stdout  # prompts go to stderr, not to the result


@pytest.mark.slow
def test_exit_codes_and_one_line_reasons(keychain, mastodon_server, tmp_path):
    d = tmp_path / "data"
    r = cli(d, "account", "add", "mastodon", "--instance", "ftp://example.org")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "not the address" in r.stderr
    r = cli(d, "account", "add", "mastodon", "--instance", mastodon_server.url, "--paste", "--no-browser",
            input="not-a-code\n")
    assert r.returncode == 3 and "authorization grant is invalid" in r.stderr
    assert "Traceback" not in r.stderr
    r = add_mastodon_via_cli(d, mastodon_server)
    assert r.returncode == 0
    r = cli(d, "sync", "--account", "nobody")
    assert r.returncode == 2 and "unknown account 'nobody'" in r.stderr
    r = cli(d, "reply", "999", "--text-file", "-", input="hi")
    assert r.returncode == 2 and "no thread 999" in r.stderr
    r = cli(d, "reply", "1", "--text-file", str(tmp_path / "missing.txt"))
    assert r.returncode == 2 and "cannot read" in r.stderr
    r = cli(d, "outbox", "hold", "7")
    assert r.returncode == 2 and "no outbox item 7" in r.stderr
    url = mastodon_server.url
    mastodon_server.stop()
    r = cli(d, "sync")
    assert r.returncode == 3 and "cannot reach 127.0.0.1" in r.stderr and "Traceback" not in r.stderr
    with MastodonServer() as other:  # a server that does not know our token any more
        store = Store.open(workspace_path(d))
        store.conn.execute("UPDATE accounts SET service_url = ?", (other.url,))
        store.close()
        r = cli(d, "sync")
    assert r.returncode == 3 and "sign in again" in r.stderr
    assert json.loads(cli(d, "account", "list", "--format", "json").stdout)[0]["status"] == "signin_required"
    assert url  # the first server is gone; nothing else to check there


def test_no_keychain_is_explained_and_nothing_is_saved(mastodon_server, tmp_path):
    d = tmp_path / "data"
    env_backend = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "account", "add", "mastodon", "--instance",
                        mastodon_server.url, "--paste", "--no-browser"], capture_output=True, text=True,
                       env={**env_for(d), **env_backend}, input="code\n", timeout=60)
    assert r.returncode == 3 and "no usable keychain" in r.stderr and "never in a file" in r.stderr
    assert mastodon_server.apps == {}  # refused before registering anything
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "account", "add", "bluesky", "--handle", "a.b"],
                       capture_output=True, text=True, env={**env_for(d), **env_backend}, input="pw\n",
                       timeout=60)
    assert r.returncode == 3 and "no usable keychain" in r.stderr


def test_secrets_never_come_from_the_command_line(tmp_path):
    for args in (["account", "add", "bluesky", "--help"], ["account", "add", "mastodon", "--help"]):
        r = cli(tmp_path, *args)
        assert r.returncode == 0
        assert not any(w in r.stdout.lower() for w in ("--password", "--token", "--code", "--secret"))


def sign_in_in_process(store: Store, server) -> object:
    signin = accounts.begin_mastodon(server.url, loopback=True)
    quiet = logging.getLogger("urllib3")
    level = quiet.level
    quiet.setLevel(logging.WARNING)  # this request is the user's browser, not Parley
    try:
        requests.get(signin.authorize_url, timeout=10)
    finally:
        quiet.setLevel(level)
    return accounts.finish_mastodon(store, signin, signin.wait_for_code(timeout=10))


@pytest.mark.slow
def test_an_interrupted_send_is_found_not_repeated(keychain, mastodon_server, tmp_path):
    d = tmp_path / "data"
    with Store.open(workspace_path(d)) as store:
        account = sign_in_in_process(store, mastodon_server)
        post = mastodon_server.post_as(DEV_US_TOKEN, "Statement")
        q = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "Question?", post["id"])
        sync_account(store, account, accounts.connector_for(store, account))
        outbox.queue(store, store.thread_id_by_root(account.id, q["id"]), "Answer.")
    # The server holds the reply request for 3 s (then commits it); the process is killed meanwhile.
    mastodon_server.stall_seconds = 3
    mastodon_server.plan = lambda m, p: Fault.STALL if m == "POST" else Fault.NONE
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "outbox", "send"], env=env_for(d),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not any(m == "POST" and p == "/api/v1/statuses" for m, p, _ in mastodon_server.requests):
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    (item,) = json.loads(cli(d, "outbox", "list", "--format", "json").stdout)
    assert item["state"] == "sending"
    mastodon_server.wait_idle()
    mastodon_server.plan = lambda m, p: Fault.NONE
    r = cli(d, "outbox", "send")  # within the lease: another worker might be sending it
    assert "0 sent" in r.stdout and "1 waiting" in r.stdout
    later = iso(int(time.time()) + outbox.SENDING_LEASE + 5)
    r = cli(d, "outbox", "send", "--now", later)
    assert r.returncode == 0 and "1 sent" in r.stdout, r.stderr
    (item,) = json.loads(cli(d, "outbox", "list", "--format", "json").stdout)
    assert [rid for rid, _ in mastodon_server.committed_replies()] == [item["remote_id"]]


@pytest.mark.slow  # several seconds: make test runs it, make test-fast does not
def test_canary_token_is_nowhere_but_the_keychain(keychain, tmp_path):
    canary = f"CANARY{uuid.uuid4().hex}"
    d = tmp_path / "data"
    log_file = tmp_path / "parley.log"
    handler = logging.FileHandler(log_file)
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    outputs: list[str] = []
    with MastodonServer(token_factory=lambda: canary) as server:
        try:
            with Store.open(workspace_path(d)) as store:
                account = sign_in_in_process(store, server)
                client_secret = json.loads(secrets.load(accounts.secret_key(account)))["client_secret"]
                post = server.post_as(DEV_US_TOKEN, "Our statement")
                q = server.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test A question?", post["id"])
                sync_account(store, account, accounts.connector_for(store, account))
                tid = store.thread_id_by_root(account.id, q["id"])
                outbox.queue(store, tid, "First answer.")
                outbox.queue(store, tid, "x" * 600)  # refused: its reason is stored
                server.plan = lambda m, p: Fault.DROP_AFTER if m == "POST" else Fault.NONE
                report = outbox.send_due(store, lambda a: accounts.connector_for(store, a))
                server.plan = lambda m, p: Fault.NONE
                outbox.send_due(store, lambda a: accounts.connector_for(store, a), now=report.next_due)
                assert [i.state for i in store.outbox()] == ["sent", "failed"]
                sync_account(store, account, accounts.connector_for(store, account))
                server.world.tokens.pop(canary)  # revoked on the server: errors on every path
                with pytest.raises(AuthExpired) as err:
                    sync_account(store, account, accounts.connector_for(store, account))
                outputs.append(str(err.value) + repr(err.value))
                outputs.append(repr(accounts.connector_for(store, store.account(account.id))))
                # While the workspace is open its write-ahead log holds the latest writes.
                live = {p.name: p.read_bytes() for p in d.glob("workspace.sqlite*")}
            month = time.strftime("%Y-%m", time.gmtime())
            for args in (["account", "list", "--format", "json"], ["threads", "--view", "all", "--format", "json"],
                         ["report", "--period", month, "--format", "json"],
                         ["report", "--period", month, "--format", "csv"], ["status"],
                         ["outbox", "list", "--format", "json"], ["sync"], ["outbox", "send"]):
                r = cli(d, *args)
                outputs += [r.stdout, r.stderr]
        finally:
            root.removeHandler(handler)
            root.setLevel(old_level)
            handler.close()
        # Positive controls: the canary was really used, and really is in the keychain.
        assert any(tok == canary for _, _, tok in server.requests)
        assert canary in secrets.load(accounts.secret_key(account))
    assert {"workspace.sqlite", "workspace.sqlite-wal"} <= set(live), live.keys()
    contents = {f"{name} (open)": data for name, data in live.items()}
    contents.update({str(p.relative_to(tmp_path)): p.read_bytes() for p in d.rglob("*") if p.is_file()})
    contents["parley.log"] = log_file.read_bytes()
    assert b"parley.outbox" in contents["parley.log"] and b"urllib3" in contents["parley.log"]
    assert b"Our statement" in contents["workspace.sqlite (open)"] + contents["workspace.sqlite-wal (open)"]
    for needle in (canary, client_secret):
        hits = [name for name, data in contents.items() if needle.encode() in data]
        hits += [o[:80] for o in outputs if needle in o]
        assert hits == [], f"a secret leaked into {hits}"


def test_sign_in_again_and_remove_in_process(keychain, mastodon_server, tmp_path):
    with Store.open(tmp_path / "ws.sqlite") as store:
        first = sign_in_in_process(store, mastodon_server)
        old = secrets.load(accounts.secret_key(first))
        store.set_account_status(first.id, "signin_required")
        again = sign_in_in_process(store, mastodon_server)  # "sign in again" from the dialog
        assert again.id == first.id and again.status == "ok" and again.remote_id == DEV_US
        new = secrets.load(accounts.secret_key(again))
        assert new != old and len(store.accounts()) == 1
        post = mastodon_server.post_as(DEV_US_TOKEN, "Statement")
        mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "Comment", post["id"])
        sync_account(store, again, accounts.connector_for(store, again))
        assert store.list_threads(outbox_query(again.id))
        accounts.remove_account(store, again)
        assert store.accounts() == [] and secrets.load(accounts.secret_key(again)) is None
        assert store.conn.execute("SELECT count(*) FROM threads").fetchone()[0] == 0
        assert json.loads(new)["access_token"] in mastodon_server.revoked


def outbox_query(account_id):
    from core.models import View
    from core.store import ThreadQuery

    return ThreadQuery(view=View.ALL, account_id=account_id)


def test_the_browser_coming_back_without_a_code(keychain, mastodon_server):
    signin = accounts.begin_mastodon(mastodon_server.url, loopback=True)
    redirect = signin.listener.redirect_uri
    requests.get(redirect, params={"error": "access_denied", "error_description": "The user said no"},
                 timeout=5)
    with pytest.raises(accounts.BadInput, match="The user said no"):
        signin.wait_for_code(timeout=5)
    signin = accounts.begin_mastodon(mastodon_server.url, loopback=True)
    with pytest.raises(accounts.BadInput, match="cancelled"):
        signin.wait_for_code(timeout=5, should_cancel=lambda: True)
    signin = accounts.begin_mastodon(mastodon_server.url, loopback=True)
    requests.get(signin.listener.redirect_uri, params={"code": "c", "state": "forged"}, timeout=5)
    with pytest.raises(accounts.BadInput, match="does not belong to this sign-in"):
        signin.wait_for_code(timeout=5)


def test_a_missing_keychain_entry_means_sign_in_again(keychain, mastodon_server, tmp_path):
    with Store.open(tmp_path / "ws.sqlite") as store:
        account = sign_in_in_process(store, mastodon_server)
        secrets.delete(accounts.secret_key(account))
        with pytest.raises(AuthExpired, match="no saved sign-in"):
            accounts.connector_for(store, account)
        assert store.account(account.id).status == "signin_required"
