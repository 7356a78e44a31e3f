"""X archive import: the real 2025 archive sample, zips, parts, idempotence, errors."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from core.importers import MalformedExport, import_x_archive
from core.importers.source import Export
from core.importers.x_archive import identity, tweet_files
from core.store import Store

FIX = Path(__file__).parent / "fixtures" / "archives" / "x"
REAL = FIX / "fold_db"


def dump(store: Store) -> str:
    return "\n".join(store.conn.iterdump())


def test_real_archive_sample(store):
    summary = import_x_archive(store, REAL)
    # 6 real tweets: 3 originals, 2 replies to others, 1 retweet (skipped).
    assert summary.counts == {"posts": 3, "our replies": 2, "retweets skipped": 1}
    assert (summary.new_posts, summary.new_messages, summary.new_threads) == (3, 2, 0)
    (acc,) = store.accounts()
    # Whose archive: the manifest's userInfo (no account.js in the sample).
    assert (acc.platform, acc.handle, acc.display_name, acc.remote_id) == ("x", "nycShibe", "Tom Tang", "16621905")
    replies = store.conn.execute(
        "SELECT remote_id, parent_remote_id, is_ours, thread_id, created_at, url FROM messages ORDER BY created_at"
    ).fetchall()
    assert replies == [
        ("1979960941208105235", "1979534650466062484", 1, None, 1760894448,
         "https://x.com/nycShibe/status/1979960941208105235"),
        ("1980321021254390009", "1980219505801629932", 1, None, 1760980298,
         "https://x.com/nycShibe/status/1980321021254390009"),
    ]
    targets = dict(store.conn.execute("SELECT remote_id, handle FROM reply_targets").fetchall())
    assert targets == {"1979960941208105235": "CyberRobooo", "1980321021254390009": "PeterSweden7"}
    posts = dict(store.conn.execute("SELECT remote_id, text FROM posts").fetchall())
    assert set(posts) == {"1978616713324433900", "1971989428861317367", "1885021652414849370"}
    assert posts["1978616713324433900"].startswith("Got a domain. https://t.co/JtmXiEMByD.")
    (src,) = store.import_sources()
    assert (src.kind, src.holds_comments, src.items) == ("x-archive", False, 5)
    assert (src.first_at, src.last_at) == (1738259158, 1760980298)


def test_reimport_changes_nothing_and_zip_is_the_same_data(store, tmp_path):
    import_x_archive(store, REAL)
    before = dump(store)
    again = import_x_archive(store, REAL)
    assert again.already_imported and again.new_posts == again.new_messages == 0
    assert dump(store) == before
    zipped = tmp_path / "twitter-2025-10-22.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        for f in (REAL / "data").iterdir():
            z.write(f, f"twitter-2025-10-22/data/{f.name}")
    from_zip = import_x_archive(store, zipped)
    assert from_zip.already_imported and from_zip.counts["posts"] == 3
    assert dump(store) == before


def test_account_js_names_the_owner_and_replies_to_self_are_posts(store, tmp_path):
    arch = tmp_path / "arch"
    shutil.copytree(REAL, arch)
    shutil.copy(FIX / "twitter-to-sqlite" / "data" / "account.js", arch / "data" / "account.js")
    who = identity(Export(arch))
    assert (who.handle, who.remote_id, who.display_name) == ("simonw", "12497", "Simon Willison")
    # A second part, with a reply by simonw to his own tweet: a thread, i.e. a post.
    (arch / "data" / "tweets-part1.js").write_text(
        'window.YTD.tweets.part1 = [ {"tweet": {"id_str": "2000", "created_at": "Tue Oct 21 10:00:00 +0000 2025",'
        ' "full_text": "2/ and more &amp; more", "in_reply_to_status_id_str": "1978616713324433900",'
        ' "in_reply_to_user_id_str": "12497", "in_reply_to_screen_name": "simonw", "lang": "und"}} ]'
    )
    assert [Path(n).name for n in tweet_files(Export(arch))] == ["tweets.js", "tweets-part1.js"]
    summary = import_x_archive(store, arch)
    assert summary.counts["posts"] == 4 and summary.counts["our replies"] == 2
    assert store.conn.execute("SELECT text, language FROM posts WHERE remote_id = '2000'").fetchone() == (
        "2/ and more & more", "")
    assert store.accounts()[0].handle == "simonw"


def test_into_a_named_account_and_platform_mismatch(store):
    store.add_account("mastodon", "embassy@social.example")
    with pytest.raises(Exception, match="is a mastodon account"):
        import_x_archive(store, REAL, account="embassy@social.example")
    acc = store.add_account("x", "OurMission", "Our Mission")
    import_x_archive(store, REAL, account="Our Mission")
    assert store.conn.execute("SELECT count(*) FROM posts WHERE account_id = ?", (acc.id,)).fetchone() == (3,)


def _archive(tmp_path: Path, body: str) -> Path:
    d = tmp_path / "bad"
    (d / "data").mkdir(parents=True)
    (d / "data" / "tweets.js").write_text(body)
    return d


GOOD = '{"tweet": {"id_str": "1", "created_at": "Mon Oct 20 17:11:38 +0000 2025", "full_text": "hi"}}'


@pytest.mark.parametrize(("body", "where", "expected"), [
    ("window.YTD.tweets.part0 = [\n" + GOOD + ",\n{\"tweet\": {\"id_str\": \"2\",\n\"full_text\": }}\n]",
     "line 4, column 14", "valid JSON"),
    ("window.YTD.tweets.part0 = [\n" + GOOD + ",\n" + GOOD.replace("Mon Oct 20", "2025-10-20") + "\n]",
     "line 3, item [1].created_at", "a time like"),
    ("window.YTD.tweets.part0 = [\n" + GOOD + ",\n" + GOOD.replace('"1"', '"x1"') + "\n]",
     "line 3, item [1].id_str", "a tweet id"),
    ("var tweets = [" + GOOD + "]", "line 1, column 1", "window.YTD.tweets.part0"),
    ("window.YTD.tweets.part0 = [\n" + GOOD + "\n" + GOOD + "]", "line 3, column 1", "',' or ']'"),
])
def test_malformed_archive_names_file_place_and_expectation_and_writes_nothing(store, tmp_path, body, where,
                                                                               expected):
    before = dump(store)
    with pytest.raises(MalformedExport) as err:
        import_x_archive(store, _archive(tmp_path, body), account="someone")
    msg = str(err.value)
    assert "tweets.js" in msg and where in msg and expected in msg, msg
    assert dump(store) == before  # not even the account was created


def test_archive_without_tweets_or_owner(store, tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(MalformedExport, match=r"data/tweets\.js"):
        import_x_archive(store, tmp_path / "empty")
    with pytest.raises(Exception, match="--account"):
        import_x_archive(store, _archive(tmp_path, "window.YTD.tweets.part0 = [" + GOOD + "]"))
