#!/usr/bin/env bash
# The whole warm invocation of variant (b)'s OrderHandler on both tracing backends, side by side in CPU time (see DIAGNOSIS.md, issue 15):
# for each pair, one JVM per backend (POWERTOOLS_TRACER=otel, then xray-sdk; the order alternates between pairs),
# each running the launcher's cpu mode (20,000 warm-up invocations, then 40 blocks of 2,000) with the Lambda flags
# and the harness' Lambda environment. Prints one BENCH line per JVM; compare the pairs' thread_us ratios.
# With --one-jvm: two handlers in each JVM instead (the functional-form OtelOrderHandler, XRayOrderHandler and
# UntracedOrderHandler, the launcher's pair mode: 20,000 warm-up invocations each, then 200 pairs of alternating
# 1,000-invocation blocks). Each round runs three JVMs: otel beside xray-sdk (which runs first alternates between
# rounds), then each backend beside the untraced handler (what the backend adds); one BENCH pair line per JVM, its
# ratios b/a as its first word says (XRay/Otel, Otel/XRay, Otel/Untraced, XRay/Untraced).
#
#   benchmarks/warm-cpu.sh [--one-jvm] [pairs or rounds] [daemon address]
#
# The variant jar must be built first (benchmarks/run.sh does it, or
# ./mvnw -B -q package -DskipTests -Pbench,ours -pl benchmarks/variant-lambdaobs -am); VARIANT_CP overrides its path.
# The daemon address defaults to a socket this script binds (not read, as OursTracingBenchmark does): with nothing
# bound, each send also costs the kernel an ICMP port-unreachable (about 2 µs of thread CPU per datagram, both backends).
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
JAR="${VARIANT_CP:-$BENCH_DIR/variant-lambdaobs/target/bench-variant-lambdaobs-0.1.0-SNAPSHOT-bench.jar}"
ONE_JVM=false
if [[ "${1:-}" == --one-jvm ]]; then
  ONE_JVM=true
  shift
fi
PAIRS="${1:-6}"
if [[ -n "${2:-}" ]]; then
  DAEMON="$2"
else
  mkdir -p "$BENCH_DIR/target"
  python3 -c 'import socket,sys,time; s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1], flush=True); time.sleep(86400)' > "$BENCH_DIR/target/warm-cpu-port" &
  LISTENER=$!
  trap 'kill $LISTENER' EXIT
  sleep 1
  DAEMON="127.0.0.1:$(cat "$BENCH_DIR/target/warm-cpu-port")"
fi
HEADER='Root=1-6a000000-000000000000000000000001;Parent=0000000000000001;Sampled=1'
# Runs the launcher with the harness' Lambda environment; $1 names the tracer, the rest are the launcher's arguments.
launch() {
  local tracer="$1"
  shift
  env -i PATH="$PATH" HOME="$HOME" AWS_LAMBDA_FUNCTION_NAME=bench-orders AWS_LAMBDA_FUNCTION_MEMORY_SIZE=1024 \
    'AWS_LAMBDA_FUNCTION_VERSION=$LATEST' AWS_LAMBDA_LOG_GROUP_NAME=/aws/lambda/bench-orders \
    'AWS_LAMBDA_LOG_STREAM_NAME=2026/01/01/[$LATEST]0123456789abcdef' AWS_LAMBDA_INITIALIZATION_TYPE=on-demand \
    AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1 AWS_EXECUTION_ENV=AWS_Lambda_java17 LAMBDA_TASK_ROOT=/tmp \
    _X_AMZN_TRACE_ID="$HEADER" AWS_XRAY_DAEMON_ADDRESS="$DAEMON" AWS_XRAY_CONTEXT_MISSING=LOG_ERROR \
    POWERTOOLS_SERVICE_NAME=orders POWERTOOLS_METRICS_NAMESPACE=LambdaObsBench POWERTOOLS_TRACER="$tracer" \
    java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Dcom.amazonaws.xray.traceHeader=$HEADER" \
    -cp "$JAR" dev.lambdaobs.benchmarks.launcher.Launcher "$@" 2>&1 >/dev/null | grep '^BENCH '
}
run() {
  launch "$1" cpu dev.lambdaobs.benchmarks.lambdaobs.OrderHandler 20000 40 2000 | sed "s/^/$1 /"
}
pair() {
  launch otel pair "dev.lambdaobs.benchmarks.lambdaobs.$1OrderHandler" "dev.lambdaobs.benchmarks.lambdaobs.$2OrderHandler" \
    20000 200 1000 | sed "s/^/$2\/$1 /"
}
for ((i = 1; i <= PAIRS; i++)); do
  if $ONE_JVM; then
    if ((i % 2)); then pair Otel XRay; else pair XRay Otel; fi
    pair Untraced Otel
    pair Untraced XRay
  elif ((i % 2)); then run otel; run xray-sdk; else run xray-sdk; run otel; fi
done
