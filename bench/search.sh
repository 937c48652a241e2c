#!/usr/bin/env bash
# Search figures on 100,000 generated documents (or the number given): indexing throughput, query
# latency p50/p95/p99 for a mixed query set with one and two threads, suggestion latency, and the
# delay until a committed change is found. Prints figures; asserts nothing.
#   ./portal bench search [documents]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?run through ./portal bench search, which finds a JDK 21+}"
app=portal-core/portal-app
./mvnw -B -q test-compile dependency:build-classpath -pl "$app" -am \
  -Dmdep.outputFile="$PWD/$app/target/bench-classpath.txt" -Dmdep.includeScope=test >/dev/null
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseParallelGC \
  -cp "$app/target/test-classes:$app/target/classes:$(cat "$app/target/bench-classpath.txt")" \
  eu.remhub.portal.search.internal.SearchBenchmark "$@"
