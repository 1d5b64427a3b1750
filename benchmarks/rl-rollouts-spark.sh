#!/usr/bin/env bash
# PPO rollout throughput: episodes per second of rollout collection with the threaded collector
# (train without --master) and on Spark (train --master MASTER, default local[2]), the same seed,
# design and settings. Prints the median over iterations 2..N (the first builds graphs and, on
# Spark, starts the executors). Take figures under `flock /work/.quiet.lock` with `uptime`.
#
#   benchmarks/rl-rollouts-spark.sh                                  # sample design, 5 iterations
#   benchmarks/rl-rollouts-spark.sh 5 'local[2]' NETLIST --plc PLC --config designs/configs/ppo-ariane133.json
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
iterations="${1:-5}"
master="${2:-local[2]}"
shift $(( $# >= 2 ? 2 : $# ))
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
export MACROPLACE_JAVA_OPTS="${MACROPLACE_JAVA_OPTS:--Xss8m -Xmx3g}"

# median episodes/s, env steps/s and rollout seconds over iterations 2..N of a metrics.csv
summary() {
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
           NR > 2 { n++; eps[n] = $col["episodes"] / $col["rollout_s"]; sps[n] = $col["env_steps"] / $col["rollout_s"];
                    secs[n] = $col["rollout_s"] }
           function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
                                                if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                              return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
           END { printf "%.2f episodes/s  %.1f env steps/s  rollout %.2f s per iteration (median of %d)\n",
                 median(eps, n), median(sps, n), median(secs, n), n }' "$1"
}

cd "$root"
echo "load before: $(uptime)"
./macroplace train "$@" --iterations "$iterations" --quiet --out "$out/threaded.zip" >/dev/null
echo "threaded:        $(summary "$out/threaded.metrics.csv")"
./macroplace train "$@" --iterations "$iterations" --quiet --out "$out/spark.zip" --master "$master" >/dev/null
echo "spark $master: $(summary "$out/spark.metrics.csv")"
echo "load after: $(uptime)"
