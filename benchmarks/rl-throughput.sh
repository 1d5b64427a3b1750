#!/usr/bin/env bash
# PPO training throughput on ariane133 (legalized.plc settings): env steps/s while collecting
# episodes and update samples/s (wall clock and per CPU-second of the training thread), for the
# default network or a config file. Take figures under `flock /work/.quiet.lock` with `uptime`.
#
#   benchmarks/rl-throughput.sh                                   # defaults, 3 rounds after a warm-up
#   benchmarks/rl-throughput.sh designs/configs/ppo-ariane133.json 5
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
design="${MACROPLACE_SHARED_DESIGNS:-$root/../shared/designs}/ariane133-ng45"
[[ -f "$design/netlist.pb.txt.gz" ]] || {
  echo "error: $design/netlist.pb.txt.gz not found (set MACROPLACE_SHARED_DESIGNS to the designs folder)" >&2
  exit 2
}
jar="$root/cli/target/macroplace.jar"
[[ -f "$jar" ]] || (cd "$root" && mvn -B -q -DskipTests -pl cli -am package)
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
exec java -Xmx3g -cp "$jar" io.macroplace.rl.bench.RlThroughput "$design/netlist.pb.txt.gz" "$design/legalized.plc" \
  "${1:-}" "${2:-3}"
