#!/usr/bin/env bash
# Zero-shot evaluation of a policy on the held-out designs (ariane133 and every design under
# ../shared/designs that has movable hard macros; none of them is in the pre-training corpus):
# greedy, greedy+cd, the policy (rl: best of the argmax episode and 8 samples) and rl+cd, one
# compare table per design (out/rl-heldout/NAME/report.md) and a summary (out/rl-heldout/summary.md).
#
#   benchmarks/rl-heldout.sh                              # the shipped designs/policies/pretrained.zip
#   benchmarks/rl-heldout.sh out/ft10/policy.zip 3m       # another policy, time limit per method
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${MACROPLACE_SHARED_DESIGNS:-$root/../shared/designs}"
policy="${1:-$root/designs/policies/pretrained.zip}"
limit="${2:-3m}"
out="${RL_HELDOUT_OUT:-$root/out/rl-heldout}"
[[ -d "$shared" ]] || { echo "error: $shared not found (set MACROPLACE_SHARED_DESIGNS)" >&2; exit 2; }
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
mkdir -p "$out"
# name | netlist | further arguments (ct-macro_tiles_10x10 and ct-simple_with_coords have no hard macro)
designs=(
  "ariane133-ng45|ariane133-ng45/netlist.pb.txt.gz|--plc $shared/ariane133-ng45/legalized.plc"
  "ariane133-ng45-flat|ariane133-ng45-flat/netlist.pb.txt.gz|"
  "ct-ariane-lefdef|ct-ariane-lefdef/ariane.def.gz|--lef $shared/ct-ariane-lefdef/ariane.lef"
  "ct-sample_clustered|ct-sample_clustered/netlist.pb.txt|--plc $shared/ct-sample_clustered/initial.plc"
  "ct-simple_grouped_with_coords|ct-simple_grouped_with_coords/netlist.pb.txt|--plc $shared/ct-simple_grouped_with_coords/initial.plc"
  "ct-simple_grouped_with_coords_with_blockage|ct-simple_grouped_with_coords_with_blockage/netlist.pb.txt|--plc $shared/ct-simple_grouped_with_coords_with_blockage/initial.plc"
  "ct-toy_macro_stdcell|ct-toy_macro_stdcell/netlist.pb.txt|--plc $shared/ct-toy_macro_stdcell/initial.plc"
)
summary="$out/summary.md"
{
  echo "| design | greedy | greedy+cd | rl | rl+cd | rl beats greedy | rl+cd beats greedy+cd |"
  echo "| --- | ---: | ---: | ---: | ---: | --- | --- |"
} > "$summary"
for entry in "${designs[@]}"; do
  IFS='|' read -r name netlist extra <<< "$entry"
  # shellcheck disable=SC2086
  "$root/macroplace" compare "$shared/$netlist" $extra --methods greedy,greedy+cd,rl,rl+cd --policy "$policy" \
    --samples 8 --time-limit "$limit" --json --out "$out/$name" > "$out/$name.json"
  jq -r --arg name "$name" '
    def cost(p): [.runs[] | select(.method | p) | .proxy_cost] | min | . * 10000 | round / 10000;
    cost(. == "greedy") as $g | cost(. == "greedy+cd") as $gcd
    | cost(startswith("rl") and (contains("+") | not)) as $rl | cost(startswith("rl") and endswith("+cd")) as $rlcd
    | "| \($name) | \($g) | \($gcd) | \($rl) | \($rlcd) | \(if $rl < $g then "yes" else "no" end) | \(if $rlcd < $gcd then "yes" else "no" end) |"
' "$out/$name.json" >> "$summary"
done
cat "$summary"
