"""Secrets: after sign-in, sync, sending, a failure and a crash report on every network,
the tokens are in the keychain and nowhere else - not in the workspace (or its
write-ahead log), the draft journal, the window's log, the worker's log, a crash
report, an export or a backup.

Mastodon uses a canary token made for this test; Facebook and X use their loopback
servers' tokens; Bluesky (real reference servers) its session JWTs and app password.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
import uuid
from pathlib import Path

import pytest
from servers.facebook_server import PAGE_TOKEN, FacebookServer
from servers.mastodon_server import DEV_FOLLOWER_TOKEN, DEV_US_TOKEN, MastodonServer
from servers.x_server import US_TOKEN, XServer

from cli.app import main as cli_main
from core import accounts, backup, outbox, secrets
from core.store import Store
from core.workspace import workspace_path

pytestmark = pytest.mark.keychain


def _run_in_worker(target: str, workspace: Path, log_file: Path):
    """As the window runs sync and sending: a spawned worker with its own log handler."""
    from core.worker import child_main, rebuild

    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    cancel = ctx.Event()  # kept referenced until the child has it
    proc = ctx.Process(target=child_main, args=(send, cancel, str(workspace), target, (),
                                                secrets.session_snapshot(), str(log_file)))
    proc.start()
    send.close()
    try:
        while True:
            message = receive.recv()
            if message[0] == "done":
                return message[1]
            if message[0] == "error":
                raise rebuild(*message[1:])
    finally:
        receive.close()
        proc.join(30)


@pytest.mark.slow  # several seconds: make test runs it, make test-fast does not
def test_tokens_are_only_in_the_keychain(keychain, tmp_path, capsys):
    from gui import errors as gui_errors

    canary = f"CANARY{uuid.uuid4().hex}"
    data = tmp_path / "data"
    ws = workspace_path(data)
    log_file = gui_errors.setup_logging(data)  # the window's log: data/logs/parley.log
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)  # everything, urllib3 included
    handlers = list(root.handlers)
    outputs: list[str] = []
    try:
        with MastodonServer(token_factory=lambda: canary) as masto, FacebookServer() as fb, XServer() as xs, \
                Store.open(ws) as store:
            # sign in on three networks
            signin = accounts.begin_mastodon(masto.url, loopback=True)
            import requests

            requests.get(signin.authorize_url, timeout=10)
            m_acc = accounts.finish_mastodon(store, signin, signin.wait_for_code(timeout=10))
            accounts.add_facebook(store, PAGE_TOKEN, graph_url=fb.url)
            accounts.add_x(store, US_TOKEN, api_url=xs.url)
            post = masto.post_as(DEV_US_TOKEN, "Our statement")
            question = masto.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test A question?", post["id"])
            # sync and send in the worker process, as the window does
            _run_in_worker("core.rounds:sync_all", ws, log_file)
            tid = store.thread_id_by_root(m_acc.id, question["id"])
            outbox.queue(store, tid, "An answer.")
            store.save_draft(tid, "A draft that the journal also sees")
            _run_in_worker("core.rounds:send_round", ws, log_file)
            assert [i.state for i in store.outbox()] == ["sent"]
            # a failure on every path: the token revoked on the server
            masto.world.tokens.pop(canary)
            round_ = _run_in_worker("core.rounds:sync_all", ws, log_file)
            outputs.append(repr(round_))
            # a crash report, as the window's exception hook writes it
            try:
                accounts.connector_for(store, store.account(m_acc.id)).whoami()
            except Exception as exc:  # reported as the window reports an unexpected error
                gui_errors.report_unexpected(type(exc), exc, exc.__traceback__)
            live = {p.name: p.read_bytes() for p in data.glob("workspace.sqlite*")}
            info = backup.backup_now(ws)
            # exports
            month = time.strftime("%Y-%m", time.gmtime())
            for args in (["report", "--period", month, "--format", "json"],
                         ["report", "--period", month, "--format", "csv"],
                         ["threads", "--view", "all", "--format", "json"], ["outbox", "list", "--format", "json"],
                         ["account", "list", "--format", "json"]):
                cli_main([*args, "--data-dir", str(data)])
                captured = capsys.readouterr()
                outputs += [captured.out, captured.err]
            secret_values = [secrets.load(accounts.secret_key(a)) for a in store.accounts()]
    finally:
        for h in root.handlers[:]:
            if h not in handlers or isinstance(h, logging.handlers.RotatingFileHandler):
                root.removeHandler(h)
                h.close()
    # Positive controls: the tokens were used and are in the keychain.
    assert all(secret_values) and canary in secret_values[0]
    assert any(tok == canary for _, _, tok in masto.requests)
    files = {f"{n} (while open)": b for n, b in live.items()}
    files.update({str(p.relative_to(data)): p.read_bytes() for p in data.rglob("*") if p.is_file()})
    assert info.path.name in {Path(k).name for k in files}  # the backup is searched
    assert any("logs/parley.log" in k for k in files) and b"[worker]" in files["logs/parley.log"]
    assert b"Our statement" in b"".join(files.values())  # the data itself is there
    for needle in (canary, PAGE_TOKEN, US_TOKEN):
        hits = [name for name, content in files.items() if needle.encode() in content]
        hits += [o[:60] for o in outputs if needle in o]
        assert hits == [], f"a token leaked into {hits}"
