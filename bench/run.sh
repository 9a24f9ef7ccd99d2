#!/usr/bin/env bash
# Anjuan's binding benchmark. Builds, then in one JVM (-Xmx256m) times stamping, blank detection and a full
# bind of a generated 400-page 200 dpi scanned case, each as a ratio to copying the same bytes; then the
# same bind of a ~1.1 GB case (8 such scans) under -Xmx256m to show memory stays bounded.
#   bash bench/run.sh            # both
#   bash bench/run.sh --small    # the 400-page case only
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
echo "== 400-page scanned case (-Xmx256m)"
java -Xmx256m -Djava.awt.headless=true -cp "$CP" org.anjuan.bench.BindBenchmark
if [ "${1:-}" != "--small" ]; then
  echo "== 1.1 GB case: 8 scans of 400 pages (-Xmx256m)"
  java -Xmx256m -Djava.awt.headless=true -cp "$CP" org.anjuan.bench.BindBenchmark --copies 8
fi
