#!/usr/bin/env bash
# Whole default runs of scholargraph beside the Python + igraph pipeline on the same synthetic
# OpenAlex partitions, with wall time and peak memory side by side.
#
#   bench/compare.sh                 # 10k, 100k, 200k and 1M works
#   bench/compare.sh 10000 200000    # only these sizes
#
# Corpora come from ../shared/tools/gen_openalex.py (seed 11 for 200k and 13 for 1M, so the figures
# compare with the published ones; seed 7 otherwise) and are kept in bench/data/ (not committed).
# The Python side runs ../shared/tools/ref_pipeline.py with Debian's python3-igraph and is left out
# when that is not installed. Each side runs twice; the better run of each counts. RUNS=1 for one.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
tools="$root/../shared/tools"
data="$here/data"
runs="${RUNS:-2}"
python=/usr/bin/python3
mkdir -p "$data"
[[ -x "$tools/gen_openalex.py" ]] || { echo "bench/compare.sh: needs ../shared/tools/gen_openalex.py" >&2; exit 2; }
have_igraph=false
if "$python" -c 'import igraph' 2> /dev/null; then have_igraph=true; fi

seed_for() { case "$1" in 200000) echo 11 ;; 1000000) echo 13 ;; *) echo 7 ;; esac; }

# Runs "$@" RUNS times under /usr/bin/time; prints "seconds peak_kB" of the fastest run.
best_of() {
  local best_s="" best_kb="" t
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %M' -o "$data/last.time" "$@" > /dev/null 2> "$data/last.err" \
      || { echo "bench/compare.sh: failed: $* (see $data/last.err)" >&2; exit 1; }
    t="$(tail -n 1 "$data/last.time")"
    local s="${t% *}" kb="${t#* }"
    if [[ -z "$best_s" ]] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
      best_s="$s"; best_kb="$kb"
    fi
  done
  echo "$best_s $best_kb"
}

"$root/scholargraph" --version > /dev/null   # build the jar outside the timing
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 200000 1000000)
printf '%-9s | %-22s | %-22s | %s\n' works "scholargraph (s, MB)" "python+igraph (s, MB)" "time / memory ratio"
for n in "${sizes[@]}"; do
  seed="$(seed_for "$n")"
  input="$data/syn$n-s$seed.jsonl.gz"
  [[ -f "$input" ]] || "$python" "$tools/gen_openalex.py" "$n" "$input" "$seed" > /dev/null 2>&1
  out="$data/out-$n"
  rm -rf "$out"   # bench/data is this script's own folder
  read -r js jkb < <(best_of "$root/scholargraph" run -o "$out/scholargraph" "$input")
  line="$(printf '%-9s | %8s s %8s MB | ' "$n" "$js" "$((jkb / 1024))")"
  if $have_igraph; then
    read -r ps pkb < <(best_of "$python" "$tools/ref_pipeline.py" "$input" "$out/python")
    ratio="$(awk -v a="$js" -v b="$ps" -v c="$jkb" -v d="$pkb" 'BEGIN { printf "%.2f× / %.2f×", a / b, c / d }')"
    line+="$(printf '%8s s %8s MB | %s' "$ps" "$((pkb / 1024))" "$ratio")"
  else
    line+="(python3-igraph not installed)"
  fi
  echo "$line"
done
