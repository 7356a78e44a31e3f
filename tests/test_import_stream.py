"""Large exports: streamed in bounded memory, with progress, and cancel saves nothing."""

from __future__ import annotations

import io
import itertools
import re

import pytest

from benchmarks.gen_x_archive import generate
from core.importers import ImportCancelled, MalformedExport, import_x_archive
from core.importers.jsonstream import CHUNK, JsonStream
from core.store import Store


def test_stream_holds_a_bounded_buffer_whatever_the_file_size(tmp_path):
    path = generate(tmp_path / "arch", 20_000)  # about 26 MB
    peak = 0
    with open(path, encoding="utf-8") as fp:
        s = JsonStream(fp, "tweets.js")
        s.match(re.compile(r"window\.YTD\.tweets\.part0 = "), "prefix")
        lines = []
        for _, line, _item in s.array():
            lines.append(line)
            peak = max(peak, len(s.buf))
        s.end()
    assert len(lines) == 20_000 and lines[0] == 2 and lines == sorted(lines) and lines[-1] > 800_000
    assert path.stat().st_size > 20 * CHUNK and peak <= 2 * CHUNK + 4096


def test_stream_errors_and_numbers_split_across_chunks(monkeypatch):
    monkeypatch.setattr("core.importers.jsonstream.CHUNK", 7)
    s = JsonStream(io.StringIO('[1234567890123, {"a": [true, null]},\n 3.5e2 ]'), "f.json")
    assert [v for _, _, v in s.array()] == [1234567890123, {"a": [True, None]}, 350.0]
    s = JsonStream(io.StringIO('{"a": 1,\n  "b": [1, 2,\n   oops]}'), "f.json")
    with pytest.raises(MalformedExport, match=r"f\.json: line 3, column 4: expected valid JSON"):
        for key in s.members():
            s.value() if key == "a" else list(s.array())


def test_import_reports_progress_and_cancel_writes_nothing(store, tmp_path):
    generate(tmp_path / "arch", 12_000)
    seen = []
    summary = import_x_archive(store, tmp_path / "arch", progress=lambda d, t, m: seen.append((d, t, m)))
    assert summary.counts["posts"] + summary.counts["our replies"] + summary.counts["retweets skipped"] == 12_000
    assert len(seen) >= 3 and seen[-1][0] == seen[-1][1] and all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    assert "posts" in seen[-1][2]

    with Store.open(tmp_path / "ws2.sqlite") as s2:
        before = "\n".join(s2.conn.iterdump())
        calls = []

        def cancel():
            calls.append(1)
            return len(calls) > 1  # after the first batch

        with pytest.raises(ImportCancelled):
            import_x_archive(s2, tmp_path / "arch", should_cancel=cancel)
        assert "\n".join(s2.conn.iterdump()) == before
