#!/usr/bin/env bash
# The analysis kernels on one coauthorship graph, scholargraph (JMH) beside igraph: PageRank and
# one Leiden search iterated until stable, mean time per run.
#
#   bench/kernels.sh            # the graph of the 200,000-work synthetic partition (seed 11)
#   bench/kernels.sh 10000      # another size (seed 7, as bench/compare.sh)
#
# The corpus and its export are kept in bench/data/ (not committed), as bench/compare.sh keeps them.
# The igraph side needs Debian's python3-igraph and is left out when that is not installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
tools="$root/../shared/tools"
data="$here/data"
python=/usr/bin/python3
n="${1:-200000}"
case "$n" in 200000) seed=11 ;; 1000000) seed=13 ;; *) seed=7 ;; esac
mkdir -p "$data"
input="$data/syn$n-s$seed.jsonl.gz"
[[ -f "$input" ]] || "$python" "$tools/gen_openalex.py" "$n" "$input" "$seed" > /dev/null
export_dir="$data/kernels-$n"
if [[ ! -f "$export_dir/coauthorships.csv" ]]; then
  rm -rf "$export_dir"   # bench/data is this script's own folder
  "$root/scholargraph" run -o "$export_dir" "$input"
fi
coauthorships="$export_dir/coauthorships.csv"

(cd "$here/jmh" && "$root/mvnw" -B -q package)
classpath="$here/jmh/target/classes:$root/target/scholargraph.jar:$(cd "$here/jmh" && "$root/mvnw" -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=compile)"
echo "== scholargraph (JMH, ms per run)"
java -cp "$classpath" org.openjdk.jmh.Main -p coauthorships="$coauthorships" CoauthorshipKernels
if "$python" -c 'import igraph' 2> /dev/null; then
  echo "== igraph $("$python" -c 'import igraph; print(igraph.__version__)') (ms per run: mean, best)"
  "$python" "$here/kernels.py" "$coauthorships"
else
  echo "== igraph: python3-igraph is not installed"
fi
