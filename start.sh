#!/usr/bin/env bash
# Starts the whole Emocare system on this machine: the simulators of the external systems, Emocare ID (auth-server)
# and the hub, on embedded H2 with demo data. Builds first when the jars are missing or older than the sources.
# Stop everything with Ctrl+C. Logs go to .demo/logs/.
set -euo pipefail
cd "$(dirname "$0")"

DEMO_DIR=.demo
LOGS=$DEMO_DIR/logs
mkdir -p "$LOGS"

HUB_JAR=hub/target/hub-0.1.0-SNAPSHOT.jar
AUTH_JAR=auth-server/target/auth-server-0.1.0-SNAPSHOT.jar
SIM_JAR=contracts/target/emocare-simulators.jar

needs_build() {
  for jar in "$HUB_JAR" "$AUTH_JAR"; do
    [ -f "$jar" ] || return 0
  done
  newest_source=$(find pom.xml */pom.xml */src/main -type f -newer "$HUB_JAR" -print -quit 2>/dev/null)
  [ -n "$newest_source" ]
}

if needs_build; then
  echo "Building (first run or sources changed; tests skipped)..."
  ./mvnw -q -B -DskipTests package
fi

pids=()
stop_all() {
  echo
  echo "Stopping Emocare..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT INT TERM

start() {
  local name=$1; shift
  echo "Starting $name (log: $LOGS/$name.log)"
  java "$@" >"$LOGS/$name.log" 2>&1 &
  pids+=($!)
}

wait_for() {
  local name=$1 url=$2 deadline=$((SECONDS + 240))
  until curl -fs -o /dev/null "$url"; do
    if (( SECONDS > deadline )); then
      echo "$name did not become ready; see $LOGS/$name.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "$name is ready"
}

started=$SECONDS
if [ -f "$SIM_JAR" ]; then
  start simulators -Xmx200m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$SIM_JAR"
fi
if [ -f "$AUTH_JAR" ]; then
  start auth-server -Xmx192m -XX:+UseSerialGC -jar "$AUTH_JAR" --spring.profiles.active=demo
fi
start hub -Xmx384m -XX:+UseSerialGC -jar "$HUB_JAR" --spring.profiles.active=demo

[ -f "$AUTH_JAR" ] && wait_for auth-server http://localhost:9000/actuator/health/readiness
wait_for hub http://localhost:8080/actuator/health/readiness
echo "Ready in $((SECONDS - started)) s."

cat <<INFO

Emocare is running.
  Hub web pages ............ http://localhost:8080/
  Hub REST API (OpenAPI) ... http://localhost:8080/swagger-ui.html
  FHIR R4 base ............. http://localhost:8080/fhir
  Emocare ID (sign-in) ..... http://localhost:9000/
  Health / metrics ......... http://localhost:8080/actuator/health  http://localhost:8080/actuator/prometheus
  Simulators ............... school 8091, national gateway + eGov IdP 8092, medical 8093, content 8094

Demo accounts (password: calm-river-demo-2026; staff TOTP secret JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP):
  student       sign in with the school account button (pupil 1000000001) or as aruzhan
  adult         sign in with eGov (IIN 900101300017), or as dauren
  volunteer     volunteer
  psychologist  psychologist (password + TOTP)
  clinician     clinician (password + TOTP)
  administrator admin (password + TOTP)

Press Ctrl+C to stop.
INFO
wait
