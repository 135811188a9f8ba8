#!/usr/bin/env bash
# Scores author resolution against known truth (pairwise and B-cubed precision and recall): a
# generated set of people, papers, name variants and homonyms, and the real samples of
# ../shared/data whose sources identify authors, with the identifiers removed. Prints the table of
# bench/RESULTS.md.
#
#   bench/resolution.sh [DATA_FOLDER]                   # default: ../shared/data
#   bench/resolution.sh --disagreements [DATA_FOLDER]   # persons joining ids not yet in
#                                                       # bench/resolution-audit.tsv, to read
#                                                       # by hand
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"
./mvnw -B -q test-compile
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$classpath_file" > /dev/null
java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
    org.scholargraph.resolve.AuthorResolutionEvaluation "$@"
