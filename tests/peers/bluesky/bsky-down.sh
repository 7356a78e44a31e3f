#!/bin/bash
# Stop the dev network by its recorded PID (SIGTERM -> clean close, ~2 s);
# with --pg also stop the Postgres cluster that bsky-up.sh started.
B=${BSKY_BASE:-${TMPDIR:-/tmp}/parley-bsky}
if [ -f $B/net.pid ] && kill -0 "$(cat $B/net.pid)" 2>/dev/null; then
  kill -TERM "$(cat $B/net.pid)"
  for i in $(seq 1 100); do kill -0 "$(cat $B/net.pid)" 2>/dev/null || break; sleep 0.2; done
fi
rm -f $B/net.pid
if [ "${1:-}" = "--pg" ] && [ -f $B/pg/data/postmaster.pid ]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  su postgres -c "$PGBIN/pg_ctl -D $B/pg/data -m fast -w stop" >/dev/null
fi
