#!/usr/bin/env bash
# Load test of the team server on the loopback address, bounded in time (README: Performance):
# 50 monitors saving codings and 5 analysts polling the dashboard for 60 s (LOAD_SECONDS), then
# lost or duplicated codings counted in the database, server errors, p50/p99 save latency beside
# a static request's. Uses the built binary (BIN, default .build/debug/mediamon).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-.build/debug/mediamon}
seconds=${LOAD_SECONDS:-60}
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$bin" demo --out "$work/demo" > /dev/null
db="$work/demo/monitoring.sqlite"
outlets=(khabar kazakhstan-tv astana-tv channel-7 channel-31 ktk)
: > "$work/passwords"
add() { # name role
  local password="load-test-$1-$RANDOM$RANDOM"
  echo "$password" | "$bin" users add "$1" --role "$2" --password-stdin --db "$db" > /dev/null
  echo "$1 $password" >> "$work/passwords"
}
for i in $(seq -w 1 50); do add "monitor$i" monitor; done
for i in 1 2 3 4 5; do add "analyst$i" analyst; done
# Each monitor is assigned one outlet for the period (set-up, written directly; not measured).
python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
outlets = ["khabar", "kazakhstan-tv", "astana-tv", "channel-7", "channel-31", "ktk"]
first, last = db.execute("SELECT MIN(date), MAX(date) FROM segment").fetchone()
for n in range(1, 51):
    db.execute("INSERT INTO assignment (account, outletID, firstDate, lastDate, assignedBy) VALUES (?, ?, ?, ?, 'load-test')",
               (f"monitor{n:02d}", outlets[n % len(outlets)], first, last))
db.commit()
PY

"$bin" serve --db "$db" --port 0 > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q "http://" "$work/serve.log" && break; sleep 0.2; done
url=$(grep -o "http://[^ ]*" "$work/serve.log" | head -1)
python3 scripts/load-test.py "$url" "$db" "$work/passwords" "$seconds"
