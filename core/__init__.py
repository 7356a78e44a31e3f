"""Parley's core: a plain library (no Qt, no CLI) for the store, the coverage figures,
the dialogue budget, connectors, importers and reports. Its two faces, the window
(``gui/``) and the command line (``cli/``), import it; it imports neither.

Definitions (pinned by tests/test_definitions.py; README.md repeats them):

* **Thread** - a follower's top-level comment on one of our posts, or a follower's
  mention of us that is not a reply inside an existing thread, together with every
  message under it.
* **Eligible** - a thread that is not dismissed (spam, abuse, thanks-only, off-topic).
* **Answered** - the account wrote at least one message in the thread after the
  follower's first message. **Awaiting** - a follower wrote after our last message
  in it (or we never wrote).
* **Time to first reply** - from the thread's first follower message to our first
  message in it. **Time to next reply** - from a follower's message that comes after
  one of ours to our next message.
* **Deadline state** under a response-time target - *pending*, *met* or *missed*.
* **Reply coverage** for a period - answered eligible threads opened in the period
  divided by eligible threads opened in the period.

The implementations live in :mod:`core.definitions` (per thread) and
:mod:`core.coverage` (per period and budget).
"""
