"""The CLI as a user runs it: real processes, real files, exit codes and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from cli.app import command_names
from conftest import DEMO_NOW, ROOT
from core.timeutil import iso

NOW = ["--now", iso(DEMO_NOW)]


def run(*args, data_dir=None, env=None):
    e = dict(os.environ, **(env or {}))
    if data_dir is not None:
        e["PARLEY_DATA_DIR"] = str(data_dir)
    e.pop("DISPLAY", None)
    e.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=e, timeout=120)


def test_ministry_report_reproduces_the_study(demo_dir):
    r = run("report", "--demo", "--period", "2016-01", "--account", "Ministry (demo)",
            "--format", "json", *NOW, data_dir=demo_dir)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["posts"] == 146
    assert out["mean_comments_per_post"] == pytest.approx(65, abs=0.5)
    assert out["share_posts_over_100_comments"] == pytest.approx(0.12, abs=0.005)
    assert out["replies"] == 0 and out["coverage"] == 0
    keys = ["posts", "comments", "mean_comments_per_post", "share_posts_over_100_comments",
            "replies", "threads", "eligible_threads", "answered_threads", "pending_threads", "coverage",
            "questions_answered", "criticism_addressed", "median_hours_to_first_reply",
            "p90_hours_to_first_reply", "median_hours_to_next_reply"]
    assert all(k in out for k in keys)
    assert out["median_hours_to_first_reply"] is None


def test_report_text_and_csv(demo_dir):
    r = run("report", "--demo", "--period", "2016-01", "--account", "Ministry", *NOW, data_dir=demo_dir)
    assert r.returncode == 0 and "Reply coverage" in r.stdout and "0.0%" in r.stdout
    r = run("report", "--demo", "--period", "2016-01", "--format", "csv", *NOW, data_dir=demo_dir)
    header, row = r.stdout.strip().splitlines()
    assert header.startswith("period,account,posts,comments")
    assert row.startswith("2016-01,All accounts,146,9490")


def test_status_dashboard(demo_dir):
    r = run("status", "--demo", *NOW, data_dir=demo_dir)
    assert r.returncode == 0, r.stderr
    assert "Embassy (demo)" in r.stdout and "coverage" in r.stdout
    assert r.stdout.count("why:") == 10  # top 10 of answer-next for the embassy


def test_threads_views_and_search(demo_dir):
    r = run("threads", "--demo", "--view", "questions", "--account", "Embassy", "--limit", "5",
            "--format", "json", *NOW, data_dir=demo_dir)
    rows = json.loads(r.stdout)
    assert len(rows) == 5 and all("question" in x["labels"] for x in rows)
    r = run("threads", "--demo", "--view", "answer-next", "--format", "json", *NOW, data_dir=demo_dir)
    assert all(x["why"] for x in json.loads(r.stdout))
    r = run("threads", "--demo", "--view", "all", "--search", "visa", "--format", "json", *NOW,
            data_dir=demo_dir)
    assert json.loads(r.stdout)


def test_budget_set_and_show(tmp_path):
    d = tmp_path / "ws"
    r = run("budget", "set", "--target", "30%", "--question-hours", "24", "--period", "month",
            data_dir=d)
    assert r.returncode == 0, r.stderr
    assert "30%" in r.stdout
    r = run("budget", "show", "--format", "json", data_dir=d)
    (b,) = json.loads(r.stdout)
    assert b == {"account": "All accounts", "own": True, "period": "month", "target_coverage": 0.3,
                 "question_hours": 24.0, "minutes_per_week": None, "replies_per_day": None}


@pytest.mark.parametrize("args, message", [
    (["report", "--demo", "--period", "2016-13"], "month must be 01-12"),
    (["report", "--demo", "--period", "January"], "is not a month like"),
    (["report", "--demo", "--period", "2016-01", "--account", "Nobody"], "unknown account"),
    (["report", "--period", "2016-01"], "no workspace at"),
    (["report", "--demo", "--period", "2016-01", "--format", "xml"], "invalid choice"),
    (["threads", "--demo", "--limit", "0"], "--limit must be at least 1"),
    (["budget", "set", "--target", "150%"], "between 0% and 100%"),
    (["budget", "set", "--question-hours", "-3"], "must not be negative"),
    (["status"], "no workspace at"),
])
def test_bad_input_is_one_line_and_exit_2(demo_dir, args, message):
    r = run(*args, *NOW, data_dir=demo_dir)
    assert r.returncode == 2
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr


@pytest.mark.slow
def test_global_options_work_before_the_command_and_after_it(demo_dir, tmp_path):
    """As in git: ``main.py --data-dir DIR status`` and ``main.py status --data-dir DIR``."""
    elsewhere = {"PARLEY_DATA_DIR": str(tmp_path / "elsewhere")}  # only --data-dir can find the workspace
    before = run("--data-dir", str(demo_dir), "--demo", *NOW, "status", env=elsewhere)
    after = run("status", "--data-dir", str(demo_dir), "--demo", *NOW, env=elsewhere)
    assert before.returncode == 0, before.stderr
    assert after.returncode == 0, after.stderr
    assert before.stdout == after.stdout and "Embassy (demo)" in before.stdout
    mixed = run(f"--data-dir={demo_dir}", "report", "--period", "2016-01", "--demo", "--format", "csv", *NOW,
                env=elsewhere)
    assert mixed.returncode == 0 and "2016-01,All accounts,146" in mixed.stdout, mixed.stderr
    # without a workspace there, the one named before the command is the one looked at
    d = tmp_path / "ws"
    r = run("--data-dir", str(d), "budget", "set", "--target", "25%", env=elsewhere)
    assert r.returncode == 0, r.stderr
    r = run("budget", "show", "--format", "json", "--data-dir", str(d), env=elsewhere)
    assert json.loads(r.stdout)[0]["target_coverage"] == 0.25
    r = run("--data-dir", str(tmp_path / "empty"), "status", env=elsewhere)
    assert r.returncode == 2 and f"no workspace at {tmp_path / 'empty'}" in r.stderr
    # --demo before a command that has none is refused as after it
    for args in (["--demo", "account", "list"], ["account", "list", "--demo"]):
        r = run(*args, env=elsewhere)
        assert r.returncode == 2 and "unrecognized arguments: --demo" in r.stderr, args


@pytest.mark.parametrize("command", sorted(command_names()))
def test_every_command_has_help(command):
    r = run(command, "--help")
    assert r.returncode == 0 and "usage:" in r.stdout


@pytest.mark.slow  # seconds: make test runs it, make test-fast does not
def test_no_display_prints_one_line_and_the_dashboard(demo_dir):
    env = dict(os.environ, PARLEY_DATA_DIR=str(demo_dir))
    for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(k, None)
    r = subprocess.run([sys.executable, str(ROOT / "main.py")], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip().startswith("parley: no display available")
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Embassy (demo)" in r.stdout
