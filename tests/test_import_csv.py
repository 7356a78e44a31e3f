"""CSV of posts and comments: the documented example, any row order, errors by line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from conftest import ROOT
from core.importers import MalformedExport, import_csv
from core.importers.csv_comments import COLUMNS
from core.report import audit
from core.timeutil import parse_period

EXAMPLE = ROOT / "resources" / "examples" / "comments-example.csv"


def dump(store):
    return "\n".join(store.conn.iterdump())


def test_documented_example(store):
    s = import_csv(store, EXAMPLE, account="Embassy of Example", platform="facebook")
    assert s.counts == {"posts": 3, "comments": 5, "our replies": 2}
    assert (s.new_threads, s.holds_comments) == (4, True)
    a = audit(store, parse_period("2024-03"), s.account_id, "Embassy")
    assert (a.posts, a.comments, a.replies, a.threads, a.answered_threads) == (3, 5, 2, 4, 2)
    assert a.coverage == 0.5 and a.comments_known
    assert a.questions_answered == 0.5  # Jonas and Lucía (¿...?) still wait
    assert a.answered == (("Amina Haddad", 1), ("Carol Smith", 1))
    post = store.conn.execute("SELECT text FROM posts WHERE remote_id = '1001_2002'").fetchone()[0]
    assert post == "Trade forum this Thursday with our partners.\nRegistration on our website."
    before = dump(store)
    assert import_csv(store, EXAMPLE, account="Embassy of Example", platform="facebook").already_imported
    assert dump(store) == before


def test_rows_in_any_order_give_the_same_threads(store, tmp_path):
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    header, rows = lines[0], lines[1:]
    # Records, not lines (one post text spans two lines): keep multi-line records whole.
    records, cur = [], ""
    for line in rows:
        cur += line
        if cur.count('"') % 2 == 0:
            records.append(cur)
            cur = ""
    shuffled = tmp_path / "reversed.csv"
    shuffled.write_text(header + "".join(reversed(records)), encoding="utf-8")
    a1 = import_csv(store, EXAMPLE, account="A", platform="facebook")
    a2 = import_csv(store, shuffled, account="B", platform="facebook")
    p = parse_period("2024-03")
    x, y = audit(store, p, a1.account_id, "same"), audit(store, p, a2.account_id, "same")
    assert x.coverage_note.endswith("comments-example.csv)") and y.coverage_note.endswith("reversed.csv)")
    assert replace(x, coverage_note="") == replace(y, coverage_note="")
    assert x.threads == 4 and x.answered_threads == 2


@pytest.mark.parametrize(("row", "where", "expected"), [
    ("1,2024-03-01T00:00:00Z,t,c1,,bob,2024-03-01T01:00:00Z,hi,maybe", "line 3, column is_ours", "1 or 0"),
    ("1,2024-03-01T00:00:00Z,t,c1,,,2024-03-01T01:00:00Z,hi,0", "line 3, column author", "who wrote"),
    ("1,2024-03-01T00:00:00Z,t,c1,,bob,yesterday,hi,0", "line 3, column comment_time", "ISO 8601"),
    ("1,2024-03-02T00:00:00Z,t,c1,,bob,2024-03-02T01:00:00Z,hi,0", "line 3, column post_time",
     "the time post 1 has on line 2"),
    ("2,,t,,,,,,", "line 3, column post_time", "the time of post 2"),
    ("1,2024-03-01T00:00:00Z,t,c1", "line 3", "9 fields"),
    ('1,2024-03-01T00:00:00Z,"t,c1,,bob,2024-03-01T01:00:00Z,hi,0', "line", "well-formed CSV row"),
])
def test_malformed_rows(store, tmp_path, row, where, expected):
    f = tmp_path / "bad.csv"
    f.write_text(",".join(COLUMNS) + "\n1,2024-03-01T00:00:00Z,t,,,,,,\n" + row + "\n", encoding="utf-8")
    with pytest.raises(MalformedExport) as err:
        import_csv(store, f, account="A", platform="facebook")
    msg = str(err.value)
    assert "bad.csv" in msg and where in msg and expected in msg, msg
    assert store.accounts() == []


def test_header_is_checked(store, tmp_path):
    f = tmp_path / "h.csv"
    f.write_text("Post ID,Post Time,post text,comment id,Parent-ID,author,comment time,comment text\n")
    with pytest.raises(MalformedExport, match=r"line 1.*no is_ours"):
        import_csv(store, f, account="A", platform="x")
    f.write_text("")
    with pytest.raises(MalformedExport, match="empty file"):
        import_csv(store, f, account="A", platform="x")
    with pytest.raises(Exception, match="--platform"):
        import_csv(store, Path(EXAMPLE), account="A", platform="Face Book")
