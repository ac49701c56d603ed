#!/usr/bin/env bash
# A real Neo4j Community server for development and tests, without Docker.
#
#   scripts/neo4j/neo4j.sh start | stop | status | uri | jars
#
# start: resolves the server's jars from Maven Central (cached in $MEMGRAPH_NEO4J_CACHE, default
# ~/.cache/memgraph/neo4j-<version>; resolved into a temporary folder beside it under an flock on
# <cache>.lock and renamed into place when complete, so concurrent first starts wait for one
# resolve and never see a half-filled cache; `jars` does only this step), writes a minimal neo4j.conf under .memgraph/neo4j (Bolt on
# 127.0.0.1:$MEMGRAPH_NEO4J_PORT, HTTP off, auth off, 512 MB page cache), starts
# org.neo4j.server.CommunityEntryPoint on JDK 17 with a 1 GB heap and the JVM flags Neo4j's own
# launcher passes, and waits until Bolt answers. Logs: .memgraph/neo4j/console.log and logs/.
# JDK 17 and Maven are installed with apt-get when missing and running as root.
# status: whether this checkout's server (its pid file) runs, on which port, and whether anything
# answers Bolt on $MEMGRAPH_NEO4J_PORT; exit 0 only when this checkout's server answers there.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=${MEMGRAPH_NEO4J_VERSION:-5.26.19}
PORT=${MEMGRAPH_NEO4J_PORT:-17687}
CACHE=${MEMGRAPH_NEO4J_CACHE:-$HOME/.cache/memgraph/neo4j-$VERSION}
HOME_DIR=$(pwd)/.memgraph/neo4j${MEMGRAPH_NEO4J_VERSION:+-$MEMGRAPH_NEO4J_VERSION}  # another version: its own data
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java   # Neo4j 5.26: JDK 17 or 21; 2025.10 and later: JDK 21 or 25
case "$VERSION" in
  5.*) MAIN=org.neo4j.server.CommunityEntryPoint ;;
  *) MAIN=org.neo4j.server.Neo4jCommunity ;;       # the server's EntryPoint service from 2025 on
esac
PIDFILE=$HOME_DIR/neo4j.pid
PORTFILE=$HOME_DIR/neo4j.port   # the Bolt port the server of $PIDFILE was started on
MVN=${MEMGRAPH_NEO4J_MVN:-mvn}  # the Maven command (tests put a stand-in here)

jars() {
  [ -f "$CACHE/.complete" ] && return 0
  mkdir -p "$(dirname "$CACHE")"
  # One resolve at a time per cache: a concurrent start waits here, then finds the cache complete.
  exec 9>"$CACHE.lock"
  flock 9
  if [ ! -f "$CACHE/.complete" ]; then
    echo "== resolving Neo4j $VERSION from Maven Central into $CACHE" >&2
    local tmp
    tmp=$(mktemp -d "$CACHE.partial.XXXXXX")
    if ! $MVN -q -B -f scripts/neo4j/pom.xml -Dneo4j.version="$VERSION" \
      dependency:copy-dependencies -DoutputDirectory="$tmp/lib" >&2; then
      rm -rf "$tmp"
      echo "resolving Neo4j $VERSION with Maven failed (network to Maven Central?)" >&2
      exit 1
    fi
    touch "$tmp/.complete"
    rm -rf "$CACHE"   # what an interrupted resolve of an older version of this script left
    mv "$tmp" "$CACHE"
  fi
  exec 9>&-
}

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

# The port this checkout's server was started on ("" when unknown).
own_port() { cat "$PORTFILE" 2>/dev/null || true; }

status() {
  local own
  own=$(own_port)
  if running && [ "$own" = "$PORT" ] && bolt_up; then
    echo "running on bolt://127.0.0.1:$PORT (pid $(cat "$PIDFILE"))"
    return 0
  fi
  if running; then
    echo "this checkout's neo4j (pid $(cat "$PIDFILE")) runs on port ${own:-unknown}, not on $PORT"
  else
    echo "this checkout's neo4j is not running"
  fi
  if bolt_up; then
    echo "port $PORT: another process answers there (not this checkout's server)"
  else
    echo "port $PORT: nothing answers"
  fi
  exit 3
}

bolt_up() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

# JDK 17 and Maven: installed from Debian packages when missing and this user may (CI, containers).
ensure_tools() {
  local need=()
  command -v "$JAVA" >/dev/null || need+=(openjdk-17-jre-headless)
  command -v mvn >/dev/null || need+=(maven)
  [ ${#need[@]} -eq 0 ] && return 0
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "== installing ${need[*]} (apt-get)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >&2 \
      || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >&2; }
  else
    echo "missing ${need[*]}: Neo4j $VERSION needs JDK 17 (or 21) and Maven to fetch its jars" >&2
    exit 1
  fi
}

start() {
  if running; then
    if [ "$(own_port)" = "$PORT" ]; then
      echo "neo4j already running (pid $(cat "$PIDFILE")) on bolt://127.0.0.1:$PORT"; return 0
    fi
    echo "this checkout's neo4j already runs (pid $(cat "$PIDFILE")) on port $(own_port); stop it first" >&2
    exit 1
  fi
  if bolt_up; then
    echo "port $PORT is taken by another process; set MEMGRAPH_NEO4J_PORT to a free port" >&2
    exit 1
  fi
  ensure_tools
  jars
  mkdir -p "$HOME_DIR"/{conf,data,logs,run,plugins}
  cat > "$HOME_DIR/conf/neo4j.conf" <<CONF
server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:$PORT
server.http.enabled=false
server.https.enabled=false
server.memory.pagecache.size=512m
dbms.usage_report.enabled=false
dbms.security.auth_enabled=false
server.directories.data=$HOME_DIR/data
server.directories.logs=$HOME_DIR/logs
server.directories.run=$HOME_DIR/run
server.directories.plugins=$HOME_DIR/plugins
CONF
  nohup "$JAVA" -Xms512m -Xmx1g \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
    -Dio.netty.tryReflectionSetAccessible=true \
    -cp "$CACHE/lib/*" "$MAIN" \
    --home-dir="$HOME_DIR" --config-dir="$HOME_DIR/conf" --console-mode \
    > "$HOME_DIR/console.log" 2>&1 &
  echo $! > "$PIDFILE"
  echo "$PORT" > "$PORTFILE"
  for _ in $(seq 1 120); do
    if bolt_up; then echo "neo4j $VERSION up on bolt://127.0.0.1:$PORT (pid $(cat "$PIDFILE"))"; return 0; fi
    if ! running; then echo "neo4j exited during start; see $HOME_DIR/console.log" >&2; tail -20 "$HOME_DIR/console.log" >&2; exit 1; fi
    sleep 1
  done
  echo "neo4j did not open Bolt within 120 s; see $HOME_DIR/console.log" >&2
  exit 1
}

stop() {
  if running; then
    kill "$(cat "$PIDFILE")"
    for _ in $(seq 1 30); do running || break; sleep 1; done
    running && kill -9 "$(cat "$PIDFILE")"
  fi
  rm -f "$PIDFILE" "$PORTFILE"
  echo "neo4j stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  uri) echo "bolt://127.0.0.1:$PORT" ;;
  jars) jars ;;
  *) echo "usage: $0 start|stop|status|uri|jars" >&2; exit 2 ;;
esac
