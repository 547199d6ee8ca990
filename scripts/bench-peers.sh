#!/usr/bin/env bash
# The same work by the tools a user would pick instead, beside mediamon, in one run, with ratios.
#
#   scripts/bench-peers.sh [--scale S] [--work DIR]      (default scale 1; 0.1 for a quick run)
#   (without --work the inputs go to a temporary folder removed at the end; --work DIR keeps them)
#
# mediamon's figures come from mediamon-bench (release build, each case in its own process);
# the peers run on the very inputs it generated:
#   mentions     Python `re` and ripgrep, a plain alternation of every alias, on the text corpus
#   xmltv        Python xml.etree.iterparse + sqlite3 (parse times, store rows, skip duplicates)
#   report share DuckDB on the same codings as CSV (the query of scripts/bench-report.py)
# A peer that cannot be installed is skipped with a message. Ratios > 1 mean mediamon is faster.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCALE=1
WORK=""
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-peers.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$WORK" ]; then
  # A folder of our own (gigabytes at scale 1) goes when the script ends, however it ends; --work DIR is kept.
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/mediamon-peers-XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"
BIN="$ROOT/.build/release"
MEASURE="python3 $ROOT/scripts/bench/measure.py"

echo "== building (release)"
(cd "$ROOT" && swift build -c release --product mediamon >/dev/null && swift build -c release --product mediamon-bench >/dev/null)

echo "== peers"
have_rg=1
if ! command -v rg >/dev/null 2>&1; then
  echo "ripgrep missing: apt-get install -y ripgrep"
  { apt-get install -y ripgrep >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y ripgrep >/dev/null 2>&1; }; } \
    || { echo "  could not install ripgrep: the ripgrep comparison is skipped"; have_rg=0; }
fi
have_duckdb=1
if ! python3 -c 'import duckdb' 2>/dev/null; then
  echo "DuckDB missing: pip install duckdb"
  { pip install --quiet duckdb >/dev/null 2>&1 || pip install --quiet --break-system-packages duckdb >/dev/null 2>&1; } \
    || { echo "  could not install duckdb: the DuckDB comparison is skipped"; have_duckdb=0; }
fi
[ "$have_rg" = 1 ] && echo "ripgrep $(rg --version 2>/dev/null | sed -n '1s/^ripgrep \([^ ]*\).*/\1/p')"
[ "$have_duckdb" = 1 ] && echo "duckdb $(python3 -c 'import duckdb; print(duckdb.__version__)')"
echo "python $(python3 -c 'import sys; print(sys.version.split()[0])')"

echo
echo "== mediamon (mediamon-bench --scale $SCALE)"
"$BIN/mediamon-bench" --scale "$SCALE" --work "$WORK" --keep --only mentions,xmltv,code-import,report

field() { awk -F'\t' -v id="$1" -v col="$2" '$1 == id { print $col }' "$WORK/results.tsv"; }
ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{a / b:.2f}' if b > 0 else 'n/a')" "$1" "$2"; }
mbps() { python3 -c "import sys; print(f'{int(sys.argv[1]) / 1e6 / float(sys.argv[2]):.1f}')" "$1" "$2"; }
mb() { python3 -c "import sys; print(f'{int(sys.argv[1]) / 1e6:.0f}')" "$1"; }

echo
echo "== peers on the same inputs ($WORK)"
CORPUS_BYTES=$(cat "$WORK"/text/*.txt | wc -c)
XMLTV_BYTES=$(wc -c < "$WORK/guide.xmltv.xml")
CODEBOOK="$ROOT/Codebooks/kz-2012-majilis.yaml"
printf '%-34s %9s %16s %9s  %s\n' "peer" "wall s" "throughput" "peak MB" "note"

read -r s rss _ < <($MEASURE --out "$WORK/re.out" -- python3 "$ROOT/scripts/bench/mentions_re.py" "$WORK/text" "$WORK/aliases.txt")
RE_MBPS=$(mbps "$CORPUS_BYTES" "$s")
printf '%-34s %9.2f %11s MB/s %9s  %s matches\n' "python re (alternation)" "$s" "$RE_MBPS" "$(mb "$rss")" "$(cut -d' ' -f3 "$WORK/re.out")"

RG_MBPS=""
if [ "$have_rg" = 1 ]; then
  read -r s rss _ < <($MEASURE --out "$WORK/rg.out" -- rg --no-config -c -F -f "$WORK/aliases.txt" "$WORK/text")
  RG_MBPS=$(mbps "$CORPUS_BYTES" "$s")
  printf '%-34s %9.2f %11s MB/s %9s  %s matching lines\n' "ripgrep -F (alternation)" "$s" "$RG_MBPS" "$(mb "$rss")" \
    "$(awk -F: '{ n += $NF } END { print n }' "$WORK/rg.out")"
fi

rm -f "$WORK/peer-xmltv.sqlite"
read -r s rss _ < <($MEASURE --out "$WORK/xmltv-peer.out" -- python3 "$ROOT/scripts/bench/xmltv_sqlite.py" "$WORK/guide.xmltv.xml" "$WORK/peer-xmltv.sqlite" "$CODEBOOK")
PY_XMLTV_MBPS=$(mbps "$XMLTV_BYTES" "$s")
printf '%-34s %9.2f %11s MB/s %9s  imported/duplicates/skipped %s\n' "python iterparse + sqlite3 (xmltv)" "$s" "$PY_XMLTV_MBPS" "$(mb "$rss")" \
  "$(tr ' ' / < "$WORK/xmltv-peer.out")"

DUCK_S=""
if [ "$have_duckdb" = 1 ]; then
  "$BIN/mediamon" report share --db "$WORK/codings.sqlite" --format csv > "$WORK/share.csv"
  read -r s rss _ < <($MEASURE --out "$WORK/duck.out" -- python3 "$ROOT/scripts/bench/duckdb_share.py" "$WORK/codings-flat.csv" "$WORK/share.csv")
  DUCK_S=$s
  read -r q rows verdict < "$WORK/duck.out"
  printf '%-34s %9.2f %16s %9s  query alone %.2f s; %s rows; shares vs mediamon: %s\n' "duckdb share table (CSV)" "$s" "" "$(mb "$rss")" "$q" "$rows" "$verdict"
fi

echo
echo "== ratios (same run; > 1 = mediamon faster; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
check() { python3 -c "import sys; print('met' if float(sys.argv[1]) >= float(sys.argv[2]) else 'NOT met')" "$1" "$2"; }
R=$(ratio "$(field mentions 4)" "$RE_MBPS"); echo "mentions vs python re:        $R x   (target >= 3: $(check "$R" 3))"
if [ -n "$RG_MBPS" ]; then R=$(ratio "$(field mentions 4)" "$RG_MBPS"); echo "mentions vs ripgrep:          $R x   (no target; rg does no folding, inflection or context)"; fi
R=$(ratio "$(field xmltv 4)" "$PY_XMLTV_MBPS"); echo "xmltv import vs python:       $R x   (target >= 3: $(check "$R" 3))"
CI=$(field code-import 4); echo "code import:                  $CI codings/s   (target >= 100000: $(check "$CI" 100000))"
if [ -n "$DUCK_S" ]; then
  R=$(ratio "$DUCK_S" "$(field report-share 3)"); echo "report share vs duckdb:       $R x   (target >= 1: $(check "$R" 1); whole processes, both reading from disk)"
fi
echo "inputs and databases: $WORK"
