#!/usr/bin/env bash
# cfn-lint over the merged output of every template of ../shared/corpus/serverless-patterns, in one
# cfn-lint process: fails on any error or W1001 warning an output has that its input did not have
# (by rule id and resource). The default test suite runs the same check on a fixed sample.
# About 1.4 s a template on a small machine: expect 20-30 minutes. Needs cfn-lint (pip install cfn-lint).
# Usage: dashboard-gen/scripts/cfn-lint-corpus.sh   (from anywhere; exits non-zero on findings)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if ! command -v cfn-lint >/dev/null 2>&1; then
  echo "cfn-lint is not installed (pip install cfn-lint)" >&2
  exit 2
fi
cd "$root"
exec ./mvnw -B -q -pl dashboard-gen -am verify -Dtest=CfnLintTest#mergedOutputs* -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlambdaobs.cfnlint=corpus -Dsurefire.useFile=false -Dsurefire.redirectTestOutputToFile=false "$@"
