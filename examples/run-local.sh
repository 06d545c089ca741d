#!/bin/sh
# The README's main job: build the example order service, run every function locally in its own
# JVM under the real AWS Lambda runtime interface client, then run dashboard-gen on its template.
# Needs only Linux and a JDK 17+; writes build/example-run/ (logs.jsonl, segments.jsonl, observability/).
# Extra arguments go to the run, e.g. --out DIR.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

if [ "$(uname -s)" != "Linux" ]; then
    echo "run-local: the AWS Lambda runtime interface client ships native libraries for Linux only; run this on Linux." >&2
    exit 2
fi

if [ -n "${JAVA_HOME:-}" ]; then
    JAVA="$JAVA_HOME/bin/java"
else
    JAVA=$(command -v java || true)
fi
if [ -z "$JAVA" ] || [ ! -x "$JAVA" ]; then
    echo "run-local: no JDK found. Install a JDK 17 or newer and put java on the PATH, or set JAVA_HOME." >&2
    exit 2
fi
MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
if [ -z "$MAJOR" ] || [ "$MAJOR" -lt 17 ]; then
    echo "run-local: $JAVA is Java ${MAJOR:-unknown}; the example needs a JDK 17 or newer (set JAVA_HOME)." >&2
    exit 2
fi

echo "run-local: building the example, the modules it uses and dashboard-gen with ./mvnw (first run downloads dependencies) ..."
if ! ./mvnw -q -B -pl examples,dashboard-gen -am package -DskipTests; then
    echo "run-local: the build failed (see the Maven errors above)." >&2
    exit 1
fi

exec "$JAVA" -cp "examples/target/classes:examples/target/lambda-task/lib/*" \
    dev.lambdaobs.examples.localrun.LocalRun --root . --out build/example-run "$@"
