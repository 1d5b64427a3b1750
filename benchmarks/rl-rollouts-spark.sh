#!/usr/bin/env bash
# PPO rollout throughput: episodes per second of rollout collection with the threaded collector
# (train without --master) and on Spark (train --master ...), the same seed, design and settings.
# Prints the median over iterations 2..N (the first builds graphs and, on Spark, starts the
# executors). SPARK_VARIANTS lists the Spark runs, separated by ';' (default: --master local[2]).
# Take figures under `flock /work/.quiet.lock` with `uptime`.
#
#   benchmarks/rl-rollouts-spark.sh                                  # sample design, 5 iterations
#   benchmarks/rl-rollouts-spark.sh 5 NETLIST --plc PLC --config designs/configs/ppo-ariane133.json
#   SPARK_VARIANTS="--master local[2];--master local[2] --episodes-per-task 16 --conf spark.task.cpus=2" \
#     benchmarks/rl-rollouts-spark.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
iterations="${1:-5}"
shift $(( $# >= 1 ? 1 : 0 ))
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
export MACROPLACE_JAVA_OPTS="${MACROPLACE_JAVA_OPTS:--Xss8m -Xmx3g}"
IFS=';' read -r -a variants <<< "${SPARK_VARIANTS:---master local[2]}"

# median episodes/s, env steps/s and rollout seconds over iterations 2..N of a metrics.csv
summary() {
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
           NR > 2 { n++; eps[n] = $col["episodes"] / $col["rollout_s"]; sps[n] = $col["env_steps"] / $col["rollout_s"]
                    secs[n] = $col["rollout_s"] }
           function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
                                                if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                              return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
           END { printf "%.2f episodes/s  %.0f env steps/s  rollout %.2f s per iteration (median of %d)\n",
                 median(eps, n), median(sps, n), median(secs, n), n }' "$1"
}

cd "$root"
echo "load before: $(uptime)"
./macroplace train "$@" --iterations "$iterations" --quiet --out "$out/threaded.zip" >/dev/null
echo "threaded (no --master): $(summary "$out/threaded.metrics.csv")"
for i in "${!variants[@]}"; do
  read -r -a extra <<< "${variants[$i]}"
  ./macroplace train "$@" --iterations "$iterations" --quiet --out "$out/spark$i.zip" "${extra[@]}" >/dev/null
  echo "${variants[$i]}: $(summary "$out/spark$i.metrics.csv")"
done
echo "load after: $(uptime)"
