#!/usr/bin/env bash
# Cold start of the packaged portal to its first served page, with every bundled plugin and with
# none, side by side from the same build; then the time to enable a plugin at run time, over HTTP.
# Prints figures; asserts nothing. Run through `./portal bench`, which finds the JDK and builds.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:?run through ./portal bench}/bin/java"
RUNS=${RUNS:-3}
PORT=${PORT:-18090}
work=$(mktemp -d /tmp/remhub-bench.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
cp portal-core/portal-app/target/remhub-portal.jar "$work/app.jar"
bundled=()
for jar in plugins/*/target/*.jar; do
  [ -e "$jar" ] || continue
  case "$jar" in *-sources.jar | *-javadoc.jar | *original*) continue ;; esac
  # The template plugin is not bundled (see ./portal run).
  case "$jar" in plugins/hello/*) continue ;; esac
  bundled+=("$jar")
done

now_ms() { date +%s%3N; }

# Starts the portal on a fresh data folder; prints "ms-to-first-page rss-MiB".
start_once() {
  local want=$1 data=$2; shift 2
  local t0 t1 pid
  t0=$(now_ms)
  "$JAVA" -Xmx1g -jar "$work/app.jar" --server.port="$PORT" --portal.data-dir="$data" "$@" >"$data.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/"; do
    kill -0 "$pid" 2>/dev/null || { echo "portal died, see $data.log" >&2; tail -20 "$data.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(now_ms)
  # Plugins start after the first page can already be served: also wait until every jar in the
  # plugins folder reports ENABLED (health details are for staff).
  local t2
  until [ "$want" -eq 0 ] || [ "$(curl -sf -u staff@remhub.example:remhub-staff "http://localhost:$PORT/actuator/health" | grep -o '"ENABLED' | wc -l)" -ge "$want" ]; do
    sleep 0.05
  done
  t2=$(now_ms)
  local rss
  rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status")
  echo "$((t1 - t0)) $rss $((t2 - t0))"
  STARTED_PID=$pid
}

stop() { kill "$STARTED_PID"; wait "$STARTED_PID" 2>/dev/null || true; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

echo "REMHub cold start to first served page (GET /), $RUNS runs each, $(nproc) cores"
echo "bundled plugins: ${#bundled[@]} (${bundled[*]:-none})"
for mode in all-plugins no-plugins; do
  times=()
  rss=()
  readies=()
  for i in $(seq 1 "$RUNS"); do
    data="$work/$mode-$i"
    mkdir -p "$data/plugins"
    if [ "$mode" = all-plugins ]; then
      for jar in "${bundled[@]}"; do cp "$jar" "$data/plugins/"; done
    fi
    start_once "$(find "$data/plugins" -name '*.jar' | wc -l)" "$data" >"$work/result"
    read -r ms mib ready <"$work/result"
    stop
    times+=("$ms")
    rss+=("$mib")
    readies+=("$ready")
  done
  printf '%-12s first page: median %5d ms (runs %s)   plugins enabled: median %5d ms (runs %s)   RSS: %s MiB\n' "$mode" \
    "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}" "$(printf '%s\n' "${readies[@]}" | median)" "${readies[*]}" "${rss[*]}"
done

if [ "${#bundled[@]}" -gt 0 ]; then
  data="$work/enable"
  mkdir -p "$data/plugins"
  for jar in "${bundled[@]}"; do cp "$jar" "$data/plugins/"; done
  start_once 0 "$data" --portal.plugins.enable-new=false >"$work/result"
  auth="staff@remhub.example:remhub-staff"
  # The first page is served before the demo accounts exist: wait for the staff account.
  until curl -sf -o /dev/null -u "$auth" "http://localhost:$PORT/api/v1/admin/plugins"; do sleep 0.1; done
  echo "Enable a plugin at run time (POST /api/v1/admin/plugins/{id}/enable, server-side ms), then disable:"
  for jar in "${bundled[@]}"; do
    id=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Plugin-Id: //p')
    first=$(curl -sf -u "$auth" -X POST "http://localhost:$PORT/api/v1/admin/plugins/$id/enable" | sed -n 's/.*"millis":\([0-9]*\).*/\1/p')
    again=()
    for i in $(seq 1 5); do
      curl -sf -u "$auth" -X POST "http://localhost:$PORT/api/v1/admin/plugins/$id/disable?dependents=true" >/dev/null
      again+=("$(curl -sf -u "$auth" -X POST "http://localhost:$PORT/api/v1/admin/plugins/$id/enable" | sed -n 's/.*"millis":\([0-9]*\).*/\1/p')")
    done
    printf '%-14s first enable (migrations run): %4s ms   re-enable: %s ms\n' "$id" "$first" "${again[*]}"
  done
  stop
fi
