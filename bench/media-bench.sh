#!/usr/bin/env bash
# Media benchmark: time and peak heap to turn a 12-megapixel phone-like JPEG into all derivatives
# (360/720/1080/1600 px, JPEG and WebP), and the bytes saved. Results go in docs/PERFORMANCE.md.
#
#   bench/media-bench.sh                 # with `java` on the PATH
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/media-bench.sh
#   RUNS=10 bench/media-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA:-java}"
RUNS="${RUNS:-5}"
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec "$JAVA" -Xmx256m -Djava.awt.headless=true \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.cohesion.portal.media.internal.MediaBench "$RUNS"
