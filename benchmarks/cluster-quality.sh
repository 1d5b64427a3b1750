#!/usr/bin/env bash
# Clustering quality on a common yardstick (issue 11): ariane133-ng45-flat clustered by macroplace
# and placed; its hard-macro positions scored on the reference clustered ariane133-ng45 netlist
# (Circuit Training's grouping with hMETIS), soft macros re-placed by the force-directed pass from
# legalized.plc's positions; against the reference netlist placed directly by the same method,
# seeds and budget and scored the same way. Simulated annealing runs a fixed number of moves, so
# the table repeats exactly whatever the machine's load.
#
#   benchmarks/cluster-quality.sh                          # greedy+sa+cd, 2,000,000 SA moves, seeds 1-3
#   benchmarks/cluster-quality.sh greedy+cd 0 1
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
designs="${MACROPLACE_SHARED_DESIGNS:-$root/../shared/designs}"
for d in ariane133-ng45 ariane133-ng45-flat; do
  if [[ ! -f "$designs/$d/netlist.pb.txt.gz" ]]; then
    echo "error: $designs/$d/netlist.pb.txt.gz not found (set MACROPLACE_SHARED_DESIGNS to the designs folder)" >&2
    exit 2
  fi
done
jar="$root/benchmarks/target/benchmarks.jar"
[[ -f "$jar" ]] || (cd "$root" && mvn -B -q -DskipTests -pl benchmarks -am package)
exec java -cp "$jar" io.macroplace.bench.ClusterQuality "$designs" "${1:-greedy+sa+cd}" "${2:-2000000}" "${3:-3}"
