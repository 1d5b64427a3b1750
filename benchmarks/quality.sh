#!/usr/bin/env bash
# Placement quality on ariane133 (NanGate45) under the settings of its legalized.plc, the
# commercial flow's placement (proxy 0.6859). Every method starts from legalized.plc's ports and
# its settings; scores are the exact proxy cost (Circuit Training's numbers to 1e-9). The table
# goes to out/quality/report.md (and report.html, with layouts); /usr/bin/time reports the CPU
# use of the whole run and `uptime` the machine's load before and after.
#
#   benchmarks/quality.sh                          # the targets: greedy+sa+cd and sa+cd, 10 min, seeds 1-3 (~62 min)
#   benchmarks/quality.sh 3m 2                     # 3 minutes per run, seeds 1-2
#   benchmarks/quality.sh 10m 1 random,greedy,ea,sa  # other methods
#   benchmarks/quality.sh cpu 60s                  # CPU use of annealing alone: place -m sa for 60 s
#
# Timing runs want a quiet machine: on a shared one, run it under `flock /work/.quiet.lock`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
designs="${MACROPLACE_SHARED_DESIGNS:-$root/../shared/designs}"
design="$designs/ariane133-ng45"
if [[ ! -f "$design/netlist.pb.txt.gz" ]]; then
  echo "error: $design/netlist.pb.txt.gz not found (set MACROPLACE_SHARED_DESIGNS to the designs folder)" >&2
  exit 2
fi
export MACROPLACE_JAVA_OPTS="${MACROPLACE_JAVA_OPTS:--Xss8m -Xmx3g}"
timed=(/usr/bin/time -f "cpu %P  wall %e s  user %U s  sys %S s  max rss %M KB")
"$root/macroplace" --version >/dev/null # build first, outside the measurement
echo "nproc $(nproc); load before: $(uptime)"
if [[ "${1:-}" == "cpu" ]]; then
  limit="${2:-60s}"
  "${timed[@]}" "$root/macroplace" place "$design/netlist.pb.txt.gz" --plc "$design/legalized.plc" \
    --method sa --time-limit "$limit" --quiet --out "$root/out/quality-cpu"
else
  limit="${1:-10m}"
  seeds="${2:-3}"
  methods="${3:-greedy+sa+cd,sa+cd}"
  "${timed[@]}" "$root/macroplace" compare "$design/netlist.pb.txt.gz" --plc "$design/legalized.plc" \
    --methods "$methods" --seeds "$seeds" --time-limit "$limit" --out "$root/out/quality"
fi
echo "load after: $(uptime)"
