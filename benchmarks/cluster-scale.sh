#!/usr/bin/env bash
# Scale of the flat-design flow (issue 11): a design twice the size of ct-ariane-lefdef (177,088
# components, 181,972 nets), made by tiling ariane133-ng45-flat twice side by side with renamed
# instances (TileDesign; written to a temporary folder, never committed), then
#   1. read, clustered and briefly placed through the library, each stage timed (ClusterScale);
#   2. placed as a user runs it: `macroplace place FLAT --time-limit LIMIT`, timed end to end.
#
#   benchmarks/cluster-scale.sh                  # place for 8 minutes: the whole run within 10
#   benchmarks/cluster-scale.sh 5m greedy+sa+cd
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
designs="${MACROPLACE_SHARED_DESIGNS:-$root/../shared/designs}"
flat="$designs/ariane133-ng45-flat/netlist.pb.txt.gz"
if [[ ! -f "$flat" ]]; then
  echo "error: $flat not found (set MACROPLACE_SHARED_DESIGNS to the designs folder)" >&2
  exit 2
fi
limit="${1:-8m}"
method="${2:-greedy+sa+cd}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
jar="$root/benchmarks/target/benchmarks.jar"
[[ -f "$jar" ]] || (cd "$root" && mvn -B -q -DskipTests -pl benchmarks -am package)
"$root/macroplace" --version >/dev/null # builds the command line tool if its sources changed
java -cp "$jar" io.macroplace.bench.TileDesign "$flat" 2 "$tmp/flat-x2.pb.txt.gz"
echo "== library: read, cluster, place 60 s ($(uptime))"
java -cp "$jar" io.macroplace.bench.ClusterScale "$tmp/flat-x2.pb.txt.gz" "$method" 60
echo "== command line: macroplace place --time-limit $limit ($(uptime))"
start=$(date +%s.%N)
"$root/macroplace" place "$tmp/flat-x2.pb.txt.gz" --method "$method" --time-limit "$limit" --out "$tmp/place"
end=$(date +%s.%N)
printf 'macroplace place: %.1f s wall, end to end (%s)\n' "$(echo "$end - $start" | bc)" "$(uptime)"
