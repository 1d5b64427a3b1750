#!/usr/bin/env bash
# The RL benchmark on ariane133 (NanGate45, legalized.plc's settings): PPO training for a wall-time
# budget on this machine, then the trained policy followed by coordinate descent, compared with
# greedy and greedy+cd in one table (out/rl-ariane/report.md).
#
#   benchmarks/rl-ariane.sh            # 60 minutes of training, then about 5 minutes of placing
#   benchmarks/rl-ariane.sh 20m        # a shorter budget
#   benchmarks/rl-ariane.sh 60m resume # continue out/rl-ariane/policy.checkpoint.zip
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
design="${MACROPLACE_SHARED_DESIGNS:-$root/../shared/designs}/ariane133-ng45"
[[ -f "$design/netlist.pb.txt.gz" ]] || {
  echo "error: $design/netlist.pb.txt.gz not found (set MACROPLACE_SHARED_DESIGNS to the designs folder)" >&2
  exit 2
}
budget="${1:-60m}"
resume=()
[[ "${2:-}" == resume ]] && resume=(--resume)
out="$root/out/rl-ariane"
mkdir -p "$out"
# One OpenMP thread: the environment threads and the JVM share the two cores.
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
"$root/macroplace" train "$design/netlist.pb.txt.gz" --plc "$design/legalized.plc" \
  --config "$root/designs/configs/ppo-ariane133.json" --iterations 100000 --time-limit "$budget" \
  --out "$out/policy.zip" "${resume[@]}"
exec "$root/macroplace" compare "$design/netlist.pb.txt.gz" --plc "$design/legalized.plc" \
  --methods greedy,greedy+cd,rl,rl+cd --policy "$out/policy.zip" --samples 8 --time-limit 3m \
  --out "$out"
