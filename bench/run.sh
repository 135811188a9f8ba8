#!/usr/bin/env bash
# Times whole runs of scholargraph on benchmark inputs and prints wall time, peak memory and the
# stage timings of summary.json. Inputs are generated into bench/data/ (not committed).
#
#   bench/run.sh grqc            # SNAP ca-GrQc (5,241 authors, 14,484 edges) as OpenAlex works
#   bench/run.sh synthetic N     # N synthetic OpenAlex works (default 100000)
#   bench/run.sh read N          # only the read stage (scholargraph count) on N synthetic works
#                                # with a 1 GB heap (700000 works make a 2.2 GB file)
#
# Then compare the author measures with igraph: scripts/check_exports.py bench/data/out-…
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
data="$here/data"
mkdir -p "$data"
case "${1:-grqc}" in
  grqc)
    input="$data/grqc.openalex.jsonl"
    [[ -f "$input" ]] || python3 "$here/snap_to_openalex.py" "$root/../shared/data/snap/ca-GrQc.txt" "$input"
    ;;
  synthetic)
    n="${2:-100000}"
    input="$data/synthetic-$n.openalex.jsonl"
    [[ -f "$input" ]] || python3 "$here/synthetic_openalex.py" "$n" "$input"
    ;;
  read)
    n="${2:-700000}"
    input="$data/synthetic-$n.openalex.jsonl"
    [[ -f "$input" ]] || python3 "$here/synthetic_openalex.py" "$n" "$input"
    "$root/scholargraph" --version > /dev/null
    ls -l "$input"
    JAVA_OPTS=-Xmx1g /usr/bin/time -f "read stage: wall=%es peak_rss=%MkB" "$root/scholargraph" count "$input"
    exit
    ;;
  *) echo "usage: bench/run.sh grqc | synthetic [N] | read [N]" >&2; exit 2 ;;
esac
out="$data/out-$(basename "$input" .openalex.jsonl)"
"$root/scholargraph" --version > /dev/null   # build the jar outside the timing
for threads in 1 2; do
  /usr/bin/time -f "threads=$threads wall=%es peak_rss=%MkB" \
    "$root/scholargraph" run --threads "$threads" -o "$out-t$threads" "$input"
  python3 -c "import json,sys; s=json.load(open(sys.argv[1])); print(' ', s['counts']); print(' ', s['run'])" \
    "$out-t$threads/summary.json"
done
