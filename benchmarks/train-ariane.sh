#!/usr/bin/env bash
# PPO training on ariane133 (legalized.plc settings) for a total wall time, in segments of a few
# minutes, each a fresh JVM continuing from the last checkpoint with --resume. The segments work
# around native memory that ND4J 1.0.0-M2.1 does not release during long runs on this design
# (about 1 GB per iteration; see rl-policy/README.md): a fresh process starts from zero again.
#
#   benchmarks/train-ariane.sh [TOTAL_MINUTES] [SEGMENT_MINUTES] [OUT]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
designs="${MACROPLACE_SHARED_DESIGNS:-$root/../shared/designs}/ariane133-ng45"
total="${1:-60}"
segment="${2:-4}"
out="${3:-$root/out/ariane-policy.zip}"
[[ -f "$designs/netlist.pb.txt.gz" ]] || { echo "error: $designs/netlist.pb.txt.gz not found" >&2; exit 2; }
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
checkpoint="${out%.zip}.checkpoint.zip"
end=$(( $(date +%s) + total * 60 ))
while (( $(date +%s) < end )); do
  left=$(( (end - $(date +%s) + 59) / 60 ))
  this=$(( left < segment ? left : segment ))
  resume=()
  [[ -f "$checkpoint" ]] && resume=(--resume)
  "$root/macroplace" train "$designs/netlist.pb.txt.gz" --plc "$designs/legalized.plc" \
    --config "$root/designs/configs/ppo-ariane133.json" --checkpoint-every 1 --iterations 100000 \
    --time-limit "${this}m" --out "$out" "${resume[@]}" 2>&1 | grep -v -e "^Added differentiated op" -e "^SLF4J"
done
