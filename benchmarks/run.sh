#!/usr/bin/env bash
# Runs every benchmark of issue 9 and writes benchmarks/RESULTS.md (see benchmarks/README.md).
#
#   benchmarks/run.sh [--quick] [--no-product-build] [harness options, e.g. --only cold,classes]
#
# Never part of `./mvnw verify`: the benchmark jars are built here, with -Pbench (and -Pours for variant (b)).
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
cd "$ROOT"
COMMAND="benchmarks/run.sh $*"
MVN=(./mvnw -q -B)
[[ "${BENCH_OFFLINE:-0}" == 1 ]] && MVN+=(-o)

product_build=1
harness_args=()
for arg in "$@"; do
  case "$arg" in
    --no-product-build) product_build=0 ;;
    *) harness_args+=("$arg") ;;
  esac
done
LOG_DIR="$BENCH_DIR/target/bench-build"
mkdir -p "$LOG_DIR"
remarks=()
note() { remarks+=(--remark "$1"); echo "run.sh: $1" >&2; }

# 1. The product (our modules and dashboard-gen), unless told to use what is already installed/built.
if [[ $product_build == 1 ]]; then
  echo "run.sh: building the product (install -DskipTests)" >&2
  if ! "${MVN[@]}" install -DskipTests -pl powertools-core,powertools-logging,powertools-logging-log4j,powertools-logging-logback,powertools-metrics,powertools-tracing,dashboard-gen -am \
      >"$LOG_DIR/product.log" 2>&1; then
    note "The product build failed (see benchmarks/target/bench-build/product.log); installed artifacts were used."
  fi
fi

# 2. The benchmark jars: peers always; variant (b) and our JMH benchmarks only if our modules resolve and compile.
rm -rf "$BENCH_DIR/variant-lambdaobs/target" "$BENCH_DIR/variant-lambdaobs-logback/target"
echo "run.sh: building benchmark jars" >&2
if ! "${MVN[@]}" -f benchmarks/pom.xml -Pbench,ours package -DskipTests >"$LOG_DIR/bench-ours.log" 2>&1; then
  reason="$(grep -E '^\[ERROR\]' "$LOG_DIR/bench-ours.log" | head -3 | tr '\n' ' ' | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-400)"
  note "Variant (b) and our JMH benchmarks could not be built: ${reason:-see benchmarks/target/bench-build/bench-ours.log}"
  rm -rf "$BENCH_DIR/variant-lambdaobs/target" "$BENCH_DIR/variant-lambdaobs-logback/target"
  "${MVN[@]}" -f benchmarks/pom.xml -Pbench package -DskipTests >"$LOG_DIR/bench.log" 2>&1 \
    || { cat "$LOG_DIR/bench.log" >&2; exit 1; }
fi

# 3. dashboard-gen: a private copy of its shaded jar, if it has the CLI.
dg_args=()
DG_JAR="$ROOT/dashboard-gen/target/dashboard-gen.jar"
if [[ -f "$DG_JAR" ]] && [[ "$(unzip -Z1 "$DG_JAR" | grep -c '^dev/lambdaobs/dashboardgen/cli/Main.class$')" -gt 0 ]]; then
  cp "$DG_JAR" "$BENCH_DIR/target/dashboard-gen.jar"
  dg_args=(--dashboard-gen-cp "$BENCH_DIR/target/dashboard-gen.jar")
  note "dashboard-gen: the jar dashboard-gen/target/dashboard-gen.jar built $(date -u -r "$DG_JAR" +%Y-%m-%dT%H:%MZ)."
else
  note "dashboard-gen was not measured: dashboard-gen/target/dashboard-gen.jar with the CLI (dev.lambdaobs.dashboardgen.cli.Main) is not built."
fi

REVISION="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- benchmarks 2>/dev/null || echo ' (benchmarks/ with uncommitted changes)')"
for module in powertools-logging powertools-logging-log4j powertools-logging-logback powertools-metrics powertools-tracing dashboard-gen; do
  REVISION+="; $module at $(git log -1 --format=%h -- "$module" 2>/dev/null || echo '?')"
done

exec java -cp "$BENCH_DIR/harness/target/bench-harness-0.1.0-SNAPSHOT.jar" dev.lambdaobs.benchmarks.harness.BenchMain \
  --bench-dir "$BENCH_DIR" --corpus "$ROOT/../shared/corpus/serverless-patterns" \
  --notes "$BENCH_DIR/DIAGNOSIS.md" --command "$COMMAND" --revision "$REVISION" \
  "${dg_args[@]}" "${remarks[@]}" "${harness_args[@]}"
