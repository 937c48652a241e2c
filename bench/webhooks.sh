#!/usr/bin/env bash
# Stripe webhook throughput end to end: signed events over HTTP into the running portal (Stripe as the
# provider, against the test suite's in-JVM fake Stripe API), each answered after its transaction
# committed; 1, 2 and 4 client threads; events/s and latency p50/p95/p99. H2 always; MariaDB/MySQL too
# when REMHUB_IT_MYSQL_URL (or the second argument) gives a JDBC URL. Prints figures; asserts nothing.
#   ./portal bench webhooks [events per round, default 20000] [jdbc:mysql://127.0.0.1:3306/test]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?run through ./portal bench webhooks, which finds a JDK 21+}"
app=portal-core/portal-app
# The plain jar, not target/classes: only packaging puts Vaadin's production build information in.
./mvnw -B -q -DskipTests package dependency:build-classpath -pl "$app" -am \
  -Dmdep.outputFile="$PWD/$app/target/bench-classpath.txt" -Dmdep.includeScope=test >/dev/null
cd "$app"
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseParallelGC \
  -cp "target/test-classes:target/remhub-portal.jar.original:$(cat target/bench-classpath.txt)" \
  eu.remhub.portal.billing.stripe.WebhookBenchmark "$@"
