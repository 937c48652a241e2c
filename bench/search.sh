#!/usr/bin/env bash
# Search figures on 100,000 generated documents (or the number given): indexing throughput, query
# latency p50/p95/p99 for a mixed query set with one and two threads, suggestion latency, and the
# delay until a committed change is found. Prints figures; asserts nothing.
#   bench/search.sh [documents]
# Needs a JDK 21+ (JAVA_HOME, or one under /usr/lib/jvm) and the Maven dependencies (./mvnw).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for c in /usr/lib/jvm/*; do
    if [ -x "$c/bin/javac" ] && "$c/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      JAVA_HOME=$c
      break
    fi
  done
fi
export JAVA_HOME
app=portal-core/portal-app
./mvnw -B -q test-compile dependency:build-classpath -pl "$app" -am \
  -Dmdep.outputFile="$PWD/$app/target/bench-classpath.txt" -Dmdep.includeScope=test >/dev/null
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseParallelGC \
  -cp "$app/target/test-classes:$app/target/classes:$(cat "$app/target/bench-classpath.txt")" \
  eu.remhub.portal.search.internal.SearchBenchmark "$@"
