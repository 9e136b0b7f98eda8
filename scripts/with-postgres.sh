#!/usr/bin/env bash
# Runs a command beside a private PostgreSQL server, then stops the server:
#   scripts/with-postgres.sh make test
# The server has its own data directory under a temporary folder, listens on
# a free port of 127.0.0.1 only, and runs as an unprivileged user (initdb
# refuses root: as root it runs as `nobody`). The command sees its address
# in PACTO_TEST_POSTGRES (postgres://pacto:…@127.0.0.1:PORT/pacto), which
# the store tests and scripts/kill-rerun-postgres.sh read.
# Installs Debian's postgresql when no server binaries are found.
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
bin=$(find_bin || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "with-postgres: installing postgresql" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql </dev/null >&2
  bin=$(find_bin)
fi

work=$(mktemp -d /tmp/pacto-pg.XXXXXX)
chmod 755 "$work"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  chown nobody "$work"
  as_user=(runuser -u nobody --)
fi
password=pacto-test
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf '%s\n' "$password" > "$work/pwfile"
[ "$(id -u)" -eq 0 ] && chown nobody "$work/pwfile"

stop() {
  "${as_user[@]}" "$bin/pg_ctl" -D "$work/data" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

"${as_user[@]}" "$bin/initdb" -D "$work/data" -U pacto --pwfile="$work/pwfile" --auth=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
"${as_user[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-p $port -c listen_addresses=127.0.0.1 -k $work -c max_connections=300 -c fsync=off" start >/dev/null \
  || { cat "$work/server.log" >&2; exit 1; }
PGPASSWORD=$password "$bin/psql" -q -h 127.0.0.1 -p "$port" -U pacto -d postgres -c "CREATE DATABASE pacto" >/dev/null
export PACTO_TEST_POSTGRES="postgres://pacto:$password@127.0.0.1:$port/pacto"
export PACTO_TEST_POSTGRES_BIN="$bin"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
"$@"
