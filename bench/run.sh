#!/usr/bin/env bash
# Anjuan's binding benchmark. Builds, then in one JVM (-Xmx256m, the program's JVM options) times stamping, blank
# detection and a full bind of a generated 400-page 200 dpi scanned case, each as a ratio to copying the same
# bytes; the same with the JVM's defaults; then the bind of a ~1.1 GB case (8 such scans) under -Xmx256m to show
# memory stays bounded.
#   bash bench/run.sh            # both
#   bash bench/run.sh --small    # the 400-page case only
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
SCAN=target/bench/scanned400.pdf
java -Xmx256m -Djava.awt.headless=true -cp "$CP" org.anjuan.bench.WriteScan "$SCAN"
# what the program runs with, window and commands alike (bin/anjuan, installer/): the quick compiler only, and the
# serial collector
PRODUCT_JVM="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
echo "== 400-page scanned case (-Xmx256m, the program's JVM options)"
java -Xmx256m $PRODUCT_JVM -Djava.awt.headless=true -cp "$CP" org.anjuan.bench.BindBenchmark --scan "$SCAN"
echo "== the same with the JVM's defaults (C2, G1), for comparison"
java -Xmx256m -Djava.awt.headless=true -cp "$CP" org.anjuan.bench.BindBenchmark --scan "$SCAN"
if [ "${1:-}" != "--small" ]; then
  echo "== 1.1 GB case: 8 scans of 400 pages (-Xmx256m, the program's JVM options)"
  java -Xmx256m $PRODUCT_JVM -Djava.awt.headless=true -cp "$CP" org.anjuan.bench.BindBenchmark --scan "$SCAN" --copies 8
fi

# Whole processes on the same 400-page file (what a clerk waits for), against cp and, when installed, qpdf.
mvn -q -B package -DskipTests >/dev/null
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); awk "BEGIN { printf \"%.2f\", $e - $s }"; }
median3() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
echo "== whole processes, median of 3"
cp_t=(); num_t=(); bin_t=(); q_t=()
bin/anjuan number "$SCAN" target/bench/numbered.pdf >/dev/null 2>&1; rm -f target/bench/numbered.pdf # makes its class archive
for i in 1 2 3; do
  cp_t+=("$(seconds cp "$SCAN" target/bench/copy.pdf)"); rm -f target/bench/copy.pdf
  num_t+=("$(seconds java -Xmx256m -jar target/anjuan.jar number "$SCAN" target/bench/numbered.pdf)")
  rm -f target/bench/numbered.pdf
  bin_t+=("$(seconds bin/anjuan number "$SCAN" target/bench/numbered.pdf)"); rm -f target/bench/numbered.pdf
  if command -v qpdf >/dev/null; then
    java -Djava.awt.headless=true -cp "$CP" org.anjuan.Main number-sheets --from 1 --to 400 --out target/bench/sheets.pdf >/dev/null
    q_t+=("$(seconds qpdf "$SCAN" --overlay target/bench/sheets.pdf -- target/bench/qpdf.pdf)"); rm -f target/bench/qpdf.pdf
  fi
done
echo "  cp                      $(median3 "${cp_t[@]}") s"
echo "  java -jar anjuan.jar number  $(median3 "${num_t[@]}") s"
echo "  bin/anjuan number       $(median3 "${bin_t[@]}") s   (class archive, quick compiler)"
[ ${#q_t[@]} -gt 0 ] && echo "  qpdf --overlay          $(median3 "${q_t[@]}") s"
exit 0
