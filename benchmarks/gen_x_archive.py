#!/usr/bin/env python3
"""Generate an X archive of N tweets in the shape of a real one (default 1,000,000).

The shape follows the real 2025 archive sample (tests/fixtures/archives/x/fold_db):
``data/tweets.js`` as ``window.YTD.tweets.part0 = [ {"tweet" : {...}} ]`` with
X's `` : `` separators and two-space indentation, every field of a real tweet
(``edit_info``, ``entities``, ``display_text_range``, counts as strings...),
plus ``data/account.js`` and ``data/manifest.js``. About 35 % of the tweets are
replies to other accounts, 4 % replies to ourselves (threads), 10 % retweets, the
rest original posts; a quarter carry hashtags, replies start with @mentions.

    python -m benchmarks.gen_x_archive OUT_DIR [--tweets N] [--seed S] [--zip]

Deterministic for a given seed. Writes OUT_DIR/data/... (and OUT_DIR.zip with --zip).
"""

from __future__ import annotations

import argparse
import json
import random
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

EPOCH_MS = 1288834974657  # X's snowflake epoch
OWNER = ("1234567890", "MissionExample", "Example Mission")
WORDS = [
    "visa", "consulate", "embassy", "trade", "climate", "culture", "students", "exchange", "minister",
    "meeting", "today", "week", "partners", "cooperation", "support", "peace", "dialogue", "forum",
    "energy", "health", "security", "rights", "women", "youth", "innovation", "agreement", "ceremony",
    "anniversary", "summit", "delegation", "thanks", "welcome",
]
TAGS = ["Diplomacy", "ClimateAction", "Trade", "Visa", "Culture", "Education", "HumanRights", "G20"]
SOURCES = [
    '<a href=\\"http://twitter.com/download/iphone\\" rel=\\"nofollow\\">Twitter for iPhone</a>',
    '<a href=\\"https://mobile.twitter.com\\" rel=\\"nofollow\\">Twitter Web App</a>',
]

TEMPLATE = """  {{
    "tweet" : {{
      "edit_info" : {{
        "initial" : {{
          "editTweetIds" : [
            "{id}"
          ],
          "editableUntil" : "{editable}",
          "editsRemaining" : "5",
          "isEditEligible" : {eligible}
        }}
      }},
      "retweeted" : false,
      "source" : "{source}",
      "entities" : {{
        "hashtags" : [{hashtags}],
        "symbols" : [ ],
        "user_mentions" : [{mentions}],
        "urls" : [ ]
      }},
      "display_text_range" : [
        "0",
        "{length}"
      ],
      "favorite_count" : "{favs}",{reply_a}
      "id_str" : "{id}",
      "truncated" : false,
      "retweet_count" : "{rts}",
      "id" : "{id}",
      "created_at" : "{created}",
      "favorited" : false,
      "full_text" : {text},
      "lang" : "{lang}"{reply_b}
    }}
  }}"""

MENTION = """
          {{
            "name" : "{name}",
            "screen_name" : "{screen}",
            "indices" : [
              "{start}",
              "{end}"
            ],
            "id_str" : "{uid}",
            "id" : "{uid}"
          }}"""

HASHTAG = """
          {{
            "text" : "{tag}",
            "indices" : [
              "{start}",
              "{end}"
            ]
          }}"""


def snowflake(ms: int, seq: int) -> str:
    return str(((ms - EPOCH_MS) << 22) | (seq & 0x3FFFFF))


def tweet(rng: random.Random, i: int, ms: int, own_ids: list[str]) -> str:
    tid = snowflake(ms, i)
    created = datetime.fromtimestamp(ms / 1000, UTC)
    kind = rng.random()
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30))).capitalize()
    tags = [rng.choice(TAGS)] if rng.random() < 0.25 else []
    mentions, reply_a, reply_b = [], "", ""
    prefix = ""
    if kind < 0.10:  # retweet
        u = rng.randint(1, 5000)
        prefix = f"RT @user_{u}: "
        mentions.append((f"User {u}", f"user_{u}", str(10_000_000 + u), 3))
    elif kind < 0.45 or (kind < 0.49 and own_ids):
        if kind < 0.45:  # a reply to someone else
            u = rng.randint(1, 5000)
            screen, uid = f"user_{u}", str(10_000_000 + u)
            parent = snowflake(ms - rng.randint(60_000, 86_400_000), rng.randint(0, 4000))
            mentions.append((f"User {u}", screen, uid, 0))
            prefix = f"@{screen} "
        else:  # we continue our own thread
            screen, uid = OWNER[1], OWNER[0]
            parent = rng.choice(own_ids[-50:])
        reply_a = (f'\n      "in_reply_to_status_id_str" : "{parent}",'
                   f'\n      "in_reply_to_user_id" : "{uid}",'
                   f'\n      "in_reply_to_status_id" : "{parent}",')
        reply_b = (f',\n      "in_reply_to_screen_name" : "{screen}",'
                   f'\n      "in_reply_to_user_id_str" : "{uid}"')
    text = prefix + words + "".join(f" #{t}" for t in tags)
    if kind >= 0.10:
        own_ids.append(tid)
        if len(own_ids) > 200:
            del own_ids[:100]
    m_json = ",".join(
        MENTION.format(name=n, screen=s, start=st, end=st + len(s) + 1, uid=u) for n, s, u, st in mentions
    )
    h_json = ",".join(
        HASHTAG.format(tag=t, start=text.index("#" + t), end=text.index("#" + t) + len(t) + 1) for t in tags
    )
    return TEMPLATE.format(
        id=tid,
        editable=datetime.fromtimestamp(ms / 1000 + 3600, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        eligible="true" if rng.random() < 0.5 else "false",
        source=rng.choice(SOURCES),
        hashtags=(h_json + "\n        ") if tags else " ",
        mentions=(m_json + "\n        ") if mentions else " ",
        length=len(text), favs=rng.randint(0, 300), rts=rng.randint(0, 40),
        reply_a=reply_a, reply_b=reply_b,
        created=created.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        text=json.dumps(text, ensure_ascii=False),
        lang="en",
    )


def generate(out: Path, n: int, seed: int = 5) -> Path:
    rng = random.Random(seed)
    data = out / "data"
    data.mkdir(parents=True, exist_ok=True)
    end_ms = 1760980298000  # 2025-10-20, the real sample's newest tweet
    start_ms = end_ms - 3 * 365 * 86_400_000
    step = (end_ms - start_ms) // max(n, 1)
    own: list[str] = []
    with open(data / "tweets.js", "w", encoding="utf-8") as fp:
        fp.write("window.YTD.tweets.part0 = [\n")
        # Oldest first (real archives list newest first; importers must not care).
        items: list[str] = []
        sep = ""
        for i in range(n):
            items.append(tweet(rng, i, start_ms + i * step + rng.randint(0, step // 2), own))
            if len(items) == 50_000 or i == n - 1:
                fp.write(sep + ",\n".join(items))
                items, sep = [], ",\n"
        fp.write("\n]")
    (data / "account.js").write_text(
        "window.YTD.account.part0 = " + json.dumps([{"account": {
            "email": "press@example.invalid", "createdVia": "web", "username": OWNER[1],
            "accountId": OWNER[0], "createdAt": "2012-03-01T09:00:00.000Z", "accountDisplayName": OWNER[2],
        }}], indent=2, separators=(",", " : ")), encoding="utf-8")
    (data / "manifest.js").write_text(
        "window.__THAR_CONFIG = " + json.dumps({
            "userInfo": {"accountId": OWNER[0], "userName": OWNER[1], "displayName": OWNER[2]},
            "archiveInfo": {"generationDate": "2025-10-22T21:07:28.142Z", "isPartialArchive": False},
            "dataTypes": {"tweets": {"files": [{"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0",
                                                "count": str(n)}]}},
        }, indent=2, separators=(",", " : ")), encoding="utf-8")
    return data / "tweets.js"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path)
    p.add_argument("--tweets", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--zip", action="store_true", help="also write OUT.zip")
    a = p.parse_args()
    t = time.perf_counter()
    path = generate(a.out, a.tweets, a.seed)
    print(f"wrote {a.tweets:,} tweets to {path} ({path.stat().st_size / 1e6:,.0f} MB) "
          f"in {time.perf_counter() - t:.0f} s")
    if a.zip:
        with zipfile.ZipFile(a.out.with_suffix(".zip"), "w", zipfile.ZIP_DEFLATED) as z:
            for f in sorted((a.out / "data").iterdir()):
                z.write(f, f"data/{f.name}")
        print(f"wrote {a.out.with_suffix('.zip')}")


if __name__ == "__main__":
    main()
