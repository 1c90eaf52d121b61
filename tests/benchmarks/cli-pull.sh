#!/usr/bin/env bash
# Times a full date-range pull with photos through ielts-verifier-cli to CSV against a local
# ielts-sandbox, next to curl downloading the same pages one after another (the pure transfer).
#
#   tests/benchmarks/cli-pull.sh [BUILD_DIR] [RECORDS]
#
# Needs /usr/bin/time (Debian package "time"), curl and python3.
set -euo pipefail

build=$(cd "${1:-build}" && pwd)
records=${2:-20000}
limit=2000
sandbox=$build/bin/ielts-sandbox
cli=$build/bin/ielts-verifier-cli
for tool in "$sandbox" "$cli" /usr/bin/time curl python3; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

work=$(mktemp -d)
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

anchor=2026-01-01T00:00:00
from=2025-09-01T00:00:00
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port/v1/ielts/result-verification

"$sandbox" --port "$port" --records "$records" --anchor "$anchor" --span-days 90 \
    --daily-quota 1000000 >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 600); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.1
done

# The CLI, with its own throw-away home so that the run leaves no quota count behind.
mkdir -p "$work/home"
HOME=$work/home XDG_DATA_HOME=$work/home/.local/share \
IELTS_CLIENT_ID=demo-client IELTS_CLIENT_SECRET=demo-secret \
    /usr/bin/time -v "$cli" search --endpoint "$base" --from "$from" --to "$anchor" \
        --photos --format csv --output "$work/pull.csv" --quiet --ignore-quota \
        2>"$work/cli-time.txt" || { cat "$work/cli-time.txt" >&2; exit 1; }
cli_wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/cli-time.txt" \
    | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
cli_rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/cli-time.txt")
csv_bytes=$(stat -c %s "$work/pull.csv")
rows=$(python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""))) - 1)' "$work/pull.csv")

# The floor: the same pages, one after another, with curl.
pages=$(( (records + limit - 1) / limit ))
start=$(date +%s.%N)
for page in $(seq 1 "$pages"); do
    curl -s -f -u demo-client:demo-secret -H 'Accept: application/json' \
        -o "$work/page-$page.json" \
        "$base?startDateTime=$from&endDateTime=$anchor&photoFlag=Y&page=$page&limit=$limit"
done
end=$(date +%s.%N)
curl_wall=$(python3 -c "print(round($end - $start, 2))")
largest_page=$(stat -c %s "$work"/page-*.json | sort -n | tail -1)

python3 - "$records" "$rows" "$cli_wall" "$curl_wall" "$cli_rss_kb" "$largest_page" "$csv_bytes" <<'PY'
import sys
records, rows, cli, curl, rss_kb, page, csv_bytes = sys.argv[1:]
cli, curl, rss, page = float(cli), float(curl), int(rss_kb) * 1024, int(page)
mb = lambda b: f"{b / 1e6:.1f} MB"
print(f"records in sandbox     {records}")
print(f"rows in the CSV        {rows} ({mb(int(csv_bytes))})")
print(f"{'':22} {'measured':>12} {'target':>14} {'':>4}")
ok_time = cli <= 1.5 * curl
ok_mem = rss <= 3 * page
print(f"{'curl, pages in turn':22} {curl:>11.2f}s {'(floor)':>14}")
print(f"{'CLI pull to CSV':22} {cli:>11.2f}s {f'<= {1.5 * curl:.2f}s':>14} {'ok' if ok_time else 'MISS':>4}")
print(f"{'largest page body':22} {mb(page):>12}")
print(f"{'CLI peak RSS':22} {mb(rss):>12} {f'<= {mb(3 * page)}':>14} {'ok' if ok_mem else 'MISS':>4}")
print(f"time ratio {cli / curl:.2f}x, memory ratio {rss / page:.2f}x one page")
sys.exit(0 if int(rows) == int(records) else 1)
PY
