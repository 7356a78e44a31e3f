"""The audit on imported data: importers agree with each other, and an archive of our
own posts gives coverage *unknown* (with the reason), never zero."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from dataclasses import asdict, replace
from datetime import UTC, datetime

import pytest

from conftest import ROOT
from core.importers import import_csv, import_mastodon_archive, import_x_archive
from core.report import RECEIVED, audit
from core.store import Store
from core.timeutil import parse_period

T0 = 1709542800  # 2024-03-04T09:00:00Z
H = 3600
ME = ("1234567890", "MissionExample", "Example Mission")
PERIOD = parse_period("2024-03")
# One conversation: (id, hours, author, text, parent); author None = us.
POSTS = [("1001", 0, "Visa appointments open again from Monday. #Visa"),
         ("1005", 48, "Trade forum this Thursday with our partners. #Trade")]
THREAD = [("1002", 0.1, "Opening hours 9-13, Monday to Thursday.", "1001")]  # our own thread
COMMENTS = [("2001", 1, "alice", "Can I book online?", "1001"),
            ("2002", 2, "bob", "Three months wait again? Unacceptable.", "1001"),
            ("2003", 50, "carol", "Is the forum open to students?", "1005"),
            ("2004", 51, "alice", "Thanks for the answer!", "1003")]
OURS = [("1003", 3, "@alice Yes, online booking works from today. #Visa", "2001", "alice"),
        ("1006", 52, "@carol Yes, free for students.", "2003", "carol")]


def _x_time(hours: float) -> str:
    return datetime.fromtimestamp(T0 + int(hours * H), UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def x_archive(tmp_path):
    tweets = [{"tweet": {"id_str": i, "created_at": _x_time(h), "full_text": t, "lang": "en"}} for i, h, t in POSTS]
    tweets += [{"tweet": {"id_str": i, "created_at": _x_time(h), "full_text": t, "lang": "en",
                          "in_reply_to_status_id_str": p, "in_reply_to_user_id_str": ME[0],
                          "in_reply_to_screen_name": ME[1]}} for i, h, t, p in THREAD]
    tweets += [{"tweet": {"id_str": i, "created_at": _x_time(h), "full_text": t, "lang": "en",
                          "in_reply_to_status_id_str": p, "in_reply_to_screen_name": who}} for i, h, t, p, who in OURS]
    d = tmp_path / "x-archive"
    (d / "data").mkdir(parents=True)
    (d / "data" / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(tweets[::-1], indent=2))
    (d / "data" / "account.js").write_text("window.YTD.account.part0 = " + json.dumps(
        [{"account": {"username": ME[1], "accountId": ME[0], "accountDisplayName": ME[2]}}]))
    return d


def mastodon_archive(tmp_path):
    actor = "https://social.example/users/missionexample"

    def create(sid, hours, text, parent=None):
        iso = datetime.fromtimestamp(T0 + int(hours * H), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return {"type": "Create", "actor": actor, "object": {
            "id": f"{actor}/statuses/{sid}", "type": "Note", "published": iso, "inReplyTo": parent,
            "content": f"<p>{text}</p>", "contentMap": {"en": f"<p>{text}</p>"},
            "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [f"{actor}/followers"]}}

    items = [create(i, h, t) for i, h, t in POSTS]
    items += [create(i, h, t, f"{actor}/statuses/{p}") for i, h, t, p in THREAD]
    items += [create(i, h, t, f"https://social.example/users/{who}/statuses/{p}") for i, h, t, p, who in OURS]
    d = tmp_path / "mastodon-archive"
    d.mkdir()
    (d / "outbox.json").write_text(json.dumps({"type": "OrderedCollection", "orderedItems": items}))
    (d / "actor.json").write_text(json.dumps({"id": actor, "type": "Person", "preferredUsername": "missionexample"}))
    return d


def csv_file(tmp_path, name, *, ours=True, comments=True):
    posts = {i: (h, t) for i, h, t in POSTS + [(i, h, t) for i, h, t, _ in THREAD]}
    root = {"1001": "1001", "1002": "1001", "1005": "1005", "2001": "1001", "2002": "1001", "2003": "1005",
            "2004": "1001", "1003": "1001", "1006": "1005"}
    rows = [[i, T0 + int(h * H), t, "", "", "", "", "", ""] for i, (h, t) in posts.items()]
    msgs = ([(i, h, a, t, p, 0) for i, h, a, t, p in COMMENTS] if comments else []) + \
           ([(i, h, "", t, p, 1) for i, h, t, p, _ in OURS] if ours else [])
    for i, h, a, t, p, o in msgs:
        pid = root[i]
        rows.append([pid, T0 + int(posts[pid][0] * H), posts[pid][1], i, p, a, T0 + int(h * H), t, o])
    f = tmp_path / name
    with open(f, "w", newline="", encoding="utf-8") as fp:
        w = csv.writer(fp)
        w.writerow(["post_id", "post_time", "post_text", "comment_id", "parent_id", "author", "comment_time",
                    "comment_text", "is_ours"])
        w.writerows(rows)
    return f


def figures(store, account_id):
    a = audit(store, PERIOD, account_id, "the account")
    return replace(a, coverage_note="")


def threads(store):
    return store.conn.execute(
        "SELECT t.kind, t.root_remote_id, t.message_count, t.answered, t.label_mask, p.remote_id "
        "FROM threads t LEFT JOIN posts p ON p.id = t.post_id ORDER BY t.root_remote_id").fetchall()


@pytest.mark.parametrize("archive_first", [True, False])
def test_archive_plus_csv_of_comments_equals_the_whole_conversation_as_csv(tmp_path, archive_first):
    """The X archive (our side) + a CSV of the comments received (their side), in either
    order, give the very same audit and threads as one CSV holding both sides."""
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        theirs = csv_file(tmp_path, "received.csv", ours=False)
        steps = [lambda: import_x_archive(a, x_archive(tmp_path)),
                 lambda: import_csv(a, theirs, account="MissionExample", platform="x")]
        for step in steps if archive_first else steps[::-1]:
            step()
        assert len(a.accounts()) == 1
        whole = import_csv(b, csv_file(tmp_path, "whole.csv"), account="MissionExample", platform="x")
        fa, fb = figures(a, a.accounts()[0].id), figures(b, whole.account_id)
        assert fa == fb
        assert fa.comments_known and fa.comments == 4 and fa.threads == 3 and fa.answered_threads == 2
        assert fa.coverage == pytest.approx(2 / 3) and fa.reply_share == pytest.approx(2 / 5)
        assert fa.answered == (("alice", 1), ("carol", 1))
        assert threads(a) == threads(b)


def test_x_and_mastodon_archives_agree_and_say_coverage_is_unknown(tmp_path):
    with Store.open(tmp_path / "x.sqlite") as xs, Store.open(tmp_path / "m.sqlite") as ms:
        x = figures(xs, import_x_archive(xs, x_archive(tmp_path)).account_id)
        m = figures(ms, import_mastodon_archive(ms, mastodon_archive(tmp_path)).account_id)
        # Mastodon names people user@host: the same people, the same counts.
        users = tuple((h.split("@")[0], n) for h, n in m.answered)
        assert asdict(x) == asdict(replace(m, answered=users))
        assert m.answered == (("alice@social.example", 1), ("carol@social.example", 1))
        assert (x.posts, x.replies, x.published) == (3, 2, 5)
        assert x.reply_share == pytest.approx(0.4)
        assert x.answered == (("alice", 1), ("carol", 1))
        assert [(t.tag, t.posts, t.replies) for t in x.topics] == [("visa", 1, 1), ("trade", 1, 0)]
        assert not x.comments_known and all(getattr(x, k) is None for k in RECEIVED)
        note = audit(xs, PERIOD, None, "all").coverage_note
        assert "coverage unknown" in note and "X archive holds only the account's own tweets" in note


def test_later_sync_data_merges_without_duplicates(tmp_path):
    """A sync of the same account brings the follower's tweet we answered and our reply
    again (same tweet ids): nothing is duplicated, our reply joins the follower's thread."""
    from core.entities import Batch, RemoteAuthor, RemoteMessage

    with Store.open(tmp_path / "s.sqlite") as s:
        acc_id = import_x_archive(s, x_archive(tmp_path)).account_id
        alice = RemoteAuthor("42", "alice", "Alice")
        us = RemoteAuthor(ME[0], ME[1], ME[2])
        s.ingest(acc_id, Batch([], [
            RemoteMessage("2001", T0 + H, alice, "Can I book online?", parent_remote_id="1001", post_remote_id="1001"),
            RemoteMessage("1003", T0 + 3 * H, us, OURS[0][2], is_ours=True, parent_remote_id="2001",
                          post_remote_id="1001")]))
        s.set_cursor(acc_id, "posts", "1006")
        assert s.conn.execute("SELECT count(*) FROM messages WHERE remote_id = '1003'").fetchone() == (1,)
        (t,) = threads(s)
        assert t == ("comment", "2001", 2, 1, t[4], "1001")
        a = audit(s, PERIOD, acc_id, "x")
        assert a.comments_known and a.coverage == 1.0  # synced: the network's comments are known


def run_cli(*args, data_dir):
    env = dict(os.environ, PARLEY_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.mark.slow  # seconds: make test runs it, make test-fast does not
def test_cli_import_and_report(tmp_path):
    d = tmp_path / "data"
    r = run_cli("import", "x-archive", str(x_archive(tmp_path)), data_dir=d)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("imported x-archive into Example Mission: read 3 posts, 2 our replies")
    assert "importing" in r.stderr and "100%" in r.stderr
    r = run_cli("report", "--period", "2024-03", "--format", "json", data_dir=d)
    out = json.loads(r.stdout)
    assert out["coverage"] is None and out["comments"] is None and out["comments_known"] is False
    assert out["reply_share"] == pytest.approx(0.4) and "X archive" in out["coverage_note"]
    r = run_cli("report", "--period", "2024-03", data_dir=d)
    assert "Reply coverage                unknown" in r.stdout and "Note: " in r.stdout
    r = run_cli("import", "csv", str(csv_file(tmp_path, "received.csv", ours=False)), "--account",
                "MissionExample", "--platform", "x", data_dir=d)
    assert r.returncode == 0, r.stderr
    out = json.loads(run_cli("report", "--period", "2024-03", "--format", "json", data_dir=d).stdout)
    assert out["coverage"] == pytest.approx(2 / 3) and out["comments_known"] is True
    r = run_cli("import", "list", data_dir=d)
    assert "x-archive x-archive" in r.stdout and "received.csv" in r.stdout


def test_cli_malformed_file_exits_2_with_the_place(tmp_path):
    d = tmp_path / "data"
    bad = tmp_path / "bad.csv"
    bad.write_text("post_id,post_time,post_text,comment_id,parent_id,author,comment_time,comment_text,is_ours\n"
                   "1,2024-03-01T00:00:00Z,t,c1,,bob,2024-03-01T01:00:00Z,hi,perhaps\n")
    r = run_cli("import", "csv", str(bad), "--account", "A", "--platform", "x", data_dir=d)
    assert r.returncode == 2
    assert r.stderr.strip().splitlines()[-1] == (
        f"parley: error: {bad}: line 2, column is_ours: expected 1 or 0 (true/false, yes/no), "
        "found 'perhaps' (nothing was imported)")
    assert "Traceback" not in r.stderr
    r = run_cli("import", "x-archive", str(tmp_path / "missing"), data_dir=d)
    assert r.returncode == 2 and "no such file" in r.stderr
