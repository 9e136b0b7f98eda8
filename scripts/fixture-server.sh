# Sourced by the tests that need a running server (browser-test.sh, api-test.sh):
# builds pacto, imports the fixtures into a record in a temporary folder and
# serves it on a free port of 127.0.0.1. Sets $work, $pacto, $server and $base;
# the server is stopped and the folder removed on exit.
# usage: start_fixture_server NAME [extra `pacto serve` options]
start_fixture_server() {
  local name=$1
  shift
  work=$(mktemp -d)
  server=""
  trap 'if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

  swift build --product pacto >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
  pacto="$(swift build --show-bin-path)/pacto"

  "$pacto" import --quiet --db "$work/pacto.sqlite" Fixtures/seeds Fixtures/html
  "$pacto" serve --db "$work/pacto.sqlite" --host 127.0.0.1 --port 0 "$@" >"$work/serve.out" 2>"$work/serve.log" &
  server=$!

  # The server prints "… on http://127.0.0.1:PORT …" once it listens.
  base=""
  for _ in $(seq 1 100); do
    base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.out" 2>/dev/null | head -1 || true)
    [ -n "$base" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; echo "$name: server died" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$base" ] || { echo "$name: server did not start" >&2; exit 1; }
  echo "$name: server at $base" >&2
}
