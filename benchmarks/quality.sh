#!/usr/bin/env bash
# Placement quality on ariane133 (NanGate45) under the settings of its legalized.plc, the
# commercial flow's placement (proxy 0.6859). Every method starts from legalized.plc's ports and
# its settings; the table goes to out/quality/report.md (and report.html, with layouts).
#
#   benchmarks/quality.sh                 # 10 minutes per method, 1 seed (about 45 minutes in all)
#   benchmarks/quality.sh 3m 2            # 3 minutes per method, 2 seeds
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
designs="${MACROPLACE_SHARED_DESIGNS:-$root/../shared/designs}"
design="$designs/ariane133-ng45"
if [[ ! -f "$design/netlist.pb.txt.gz" ]]; then
  echo "error: $design/netlist.pb.txt.gz not found (set MACROPLACE_SHARED_DESIGNS to the designs folder)" >&2
  exit 2
fi
limit="${1:-10m}"
seeds="${2:-1}"
exec "$root/macroplace" compare "$design/netlist.pb.txt.gz" --plc "$design/legalized.plc" \
  --methods random,greedy,ea,sa,greedy+sa+cd,sa+cd --seeds "$seeds" --time-limit "$limit" \
  --out "$root/out/quality"
