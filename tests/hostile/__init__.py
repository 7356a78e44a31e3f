"""Hostile input for Parley's parsers (issue 6): shared hypothesis strategies and checks.

* :mod:`.atoms` - text (odd Unicode, lone surrogates, MBs), times out of range, JSON garbage;
* :mod:`.payloads` - API answers of Mastodon, Bluesky, Facebook and X with good and bad
  items, each bad one labelled with what its skip reason must name;
* :mod:`.files` - export files (X archive, Mastodon archive, Facebook download, CSV);
* :mod:`.server` - a loopback HTTP server that serves the generated answers;
* :mod:`.checks` - running a property a counted number of times, and what must hold of
  the store afterwards (integrity, full-text index, cached figures equal a recount).
"""
