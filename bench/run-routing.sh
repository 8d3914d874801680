#!/usr/bin/env bash
# Routing benchmark: search and triage on a synthetic national catalogue, against nginx serving the
# same search response bytes, all on loopback in one run. Writes bench/results/<date>-routing.md.
#
#   bash bench/run-routing.sh [services]        (default 50000)
#
# Closed loop (maximum throughput): wrk, 2 threads, 64 connections. Fixed arrival rate (latency):
# bench/OpenLoad.java, an open-model generator (constant 500 requests/s, latency from the moment each
# request was due, so no coordinated omission). Every server is started here and stopped here.
#
# Search runs two mixes: the 8 queries of bench/search-paths.txt (repeated, so mostly served by the
# result cache, as a kiosk network's head of queries would be) and a long tail of 100,000 distinct
# queries (bench/longtail.py) that misses the cache and measures the engine itself.
set -euo pipefail
cd "$(dirname "$0")/.."
SERVICES=${1:-50000}
DURATION=${DURATION:-20s}
APP_PORT=8090
# Health and metrics are on the management interface, not the public port.
MGMT_PORT=9090
NGINX_PORT=8091
WORK=bench/target
RESULTS=bench/results/$(date +%F)-routing.md
mkdir -p "$WORK" bench/results

for tool in wrk nginx; do
  command -v "$tool" >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q wrk nginx-light; break; }
done
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

python3 bench/generate_catalogue.py --services "$SERVICES" --out "$WORK/catalogue"
python3 bench/longtail.py 100000 "$WORK/longtail-paths.txt"
javac -d "$WORK/classes" bench/OpenLoad.java

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

started=$(date +%s)
java -Xmx2g ${JAVA_OPTS:-} -Dquarkus.http.port=$APP_PORT -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" \
  -Dpasserelle.demo-catalogue.directory="$PWD/$WORK/catalogue" \
  -Dpasserelle.rate-limit.allow=127.0.0.0/8 \
  -Dquarkus.oidc.auth-server-url=http://127.0.0.1:9/realms/none \
  -Dquarkus.oidc.credentials.secret=bench-only-secret \
  -Dpasserelle.links.secret=bench-only-links-secret-0123456789abcdef \
  -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port=$MGMT_PORT \
  -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
pids+=($!)
# The prod profile refuses to start without its secrets: stop at once, with the app's reason, rather than wait.
until curl -sf "http://127.0.0.1:$MGMT_PORT/q/health/ready" >/dev/null; do
  kill -0 "${pids[-1]}" 2>/dev/null || { echo "the app stopped:" >&2; tail -5 "$WORK/app.log" >&2; exit 1; }
  sleep 2
done
until curl -sf "http://127.0.0.1:$APP_PORT/api/v1/services?size=1" | grep -q '"totalItems"'; do sleep 2; done
ready=$(( $(date +%s) - started ))
count=$(curl -s "http://127.0.0.1:$APP_PORT/api/v1/services?size=1&status=active" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalItems"])')

SEARCH_URL="http://127.0.0.1:$APP_PORT/api/v1/services?q=logement"
curl -s -H 'Accept: application/json' "$SEARCH_URL" > "$WORK/search-body.json"
mkdir -p "$WORK/nginx/api/v1"
cp "$WORK/search-body.json" "$WORK/nginx/api/v1/services"
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $PWD/$WORK/nginx.pid;
error_log $PWD/$WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $PWD/$WORK/nginx-tmp;
  proxy_temp_path $PWD/$WORK/nginx-tmp;
  fastcgi_temp_path $PWD/$WORK/nginx-tmp;
  uwsgi_temp_path $PWD/$WORK/nginx-tmp;
  scgi_temp_path $PWD/$WORK/nginx-tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PWD/$WORK/nginx;
    default_type application/json;
    location / { try_files \$uri =404; }
  }
}
CONF
mkdir -p "$WORK/nginx-tmp"
nginx -c "$PWD/$WORK/nginx.conf" -g 'daemon off;' &
pids+=($!)
sleep 1

echo "Warming up (the JIT compiles the hot paths; 60 s on 2 cores)"
export PATHS
APP="http://127.0.0.1:$APP_PORT"
PATHS=bench/search-paths.txt wrk -t2 -c16 -d20s -s bench/paths.lua "$APP" > /dev/null
PATHS=$WORK/longtail-paths.txt wrk -t2 -c16 -d20s -s bench/paths.lua "$APP" > /dev/null
wrk -t2 -c16 -d20s -s bench/triage.lua "$APP" > /dev/null

closed() { wrk -t2 -c64 -d"$DURATION" --latency "$@"; }
# The result cache's hit and miss counters (Micrometer, /q/metrics), to report each run's hit ratio.
gets() { curl -s "http://127.0.0.1:$MGMT_PORT/q/metrics" | awk -F' ' '/^cache_gets_total\{cache="search-results",result="(hit|miss)"/ {
  split($1, a, "result=\""); split(a[2], b, "\""); printf "%s=%d ", b[1], $2 }'; }
measured() { local before; before=$(gets); local out; out=$("$@"); echo "$out"; echo "cache-before: $before"; echo "cache-after: $(gets)"; }
fixed() { java -cp "$WORK/classes" OpenLoad --rate 500 --seconds "${DURATION%s}" --warmup 10 "$@"; }
search_wrk=$(PATHS=bench/search-paths.txt measured closed -s bench/paths.lua "$APP")
tail_wrk=$(PATHS=$WORK/longtail-paths.txt measured closed -s bench/paths.lua "$APP")
triage_wrk=$(closed -s bench/triage.lua "$APP")
nginx_wrk=$(closed "http://127.0.0.1:$NGINX_PORT/api/v1/services?q=logement")
search_fixed=$(measured fixed --url "$APP" --urls bench/search-paths.txt)
tail_fixed=$(measured fixed --url "$APP" --urls "$WORK/longtail-paths.txt")
triage_fixed=$(fixed --url "$APP/api/v1/triage" --bodies bench/triage-bodies.txt)

python3 bench/report.py "$RESULTS" "$SERVICES" "$count" "$ready" "$(wc -c < "$WORK/search-body.json")" \
  <(echo "$search_wrk") <(echo "$tail_wrk") <(echo "$triage_wrk") <(echo "$nginx_wrk") \
  <(echo "$search_fixed") <(echo "$tail_fixed") <(echo "$triage_fixed")
echo "Wrote $RESULTS"
