#!/usr/bin/env bash
# dashboard-gen vs SLIC Watch 2.1.3, whole process, side by side in one run (issue 19, point 9).
#
#   benchmarks/dashboard-gen/run-cli-speed.sh [--rounds N] [--no-build]
#
# Installs slic-watch-core 2.1.3 from npm into benchmarks/target/slic-watch (never committed), builds
# dashboard-gen's jar and AppCDS archive (package -DskipTests, no install), then times both tools on the
# examples' service template and a generated 400-function template (cli-speed.py) and writes the section
# between the cli-speed markers of benchmarks/RESULTS.md. Needs java 17+, node, python3 with aws-sam-translator.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BENCH_DIR="$(dirname "$HERE")"
ROOT="$(dirname "$BENCH_DIR")"
cd "$ROOT"
rounds=15
build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "run-cli-speed.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
WORK="$BENCH_DIR/target/cli-speed"
SW="$BENCH_DIR/target/slic-watch"
mkdir -p "$WORK" "$SW"

if [[ ! -f "$SW/node_modules/slic-watch-core/package.json" ]] \
    || ! grep -q '"version": "2.1.3"' "$SW/node_modules/slic-watch-core/package.json"; then
  echo "run-cli-speed.sh: installing slic-watch-core 2.1.3 and the macro's dependencies into $SW" >&2
  # The macro's own dependencies (cf-macro/package.json of v2.1.3): ajv ^8.9.0, lodash ^4.17.21.
  npm install --prefix "$SW" --no-save --no-package-lock --no-audit --no-fund \
    slic-watch-core@2.1.3 'ajv@^8.9.0' 'lodash@^4.17.21' >"$WORK/npm.log" 2>&1 \
    || { cat "$WORK/npm.log" >&2; exit 1; }
fi

if [[ $build == 1 ]]; then
  echo "run-cli-speed.sh: building dashboard-gen (package -DskipTests, with its AppCDS archive)" >&2
  ./mvnw -B -q package -DskipTests -pl dashboard-gen -am >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log" >&2; exit 1; }
fi
JAR="$ROOT/dashboard-gen/target/dashboard-gen.jar"
[[ -f "$JAR" ]] || { echo "run-cli-speed.sh: $JAR is missing (run without --no-build)" >&2; exit 1; }
[[ -f "${JAR%.jar}.jsa" ]] || echo "run-cli-speed.sh: no AppCDS archive beside the jar; the launcher writes one on its first run" >&2

REVISION="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- dashboard-gen benchmarks 2>/dev/null || echo ' (with uncommitted changes)')"
python3 "$HERE/cli-speed.py" --work "$WORK" --jar "$JAR" --archive "${JAR%.jar}.jsa" \
  --launcher "$ROOT/dashboard-gen/bin/dashboard-gen" --slic-watch "$SW" --rounds "$rounds" \
  --command "benchmarks/dashboard-gen/run-cli-speed.sh --rounds $rounds (revision $REVISION)" --out "$WORK/cli-speed.md"

# Splice the section into RESULTS.md between its markers (appended the first time); run.sh keeps it.
python3 - "$BENCH_DIR/RESULTS.md" "$WORK/cli-speed.md" <<'PY'
import sys
results, section = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
start, end = "<!-- cli-speed:start -->", "<!-- cli-speed:end -->"
text = open(results, encoding="utf-8").read()
block = f"{start}\n{section}{end}"
if start in text and end in text:
    text = text[:text.index(start)] + block + text[text.index(end) + len(end):]
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
open(results, "w", encoding="utf-8").write(text)
PY
echo "run-cli-speed.sh: wrote the section into benchmarks/RESULTS.md (raw: $WORK/cli-speed.md)" >&2
