#!/usr/bin/env bash
# The JSON API against its OpenAPI description: schemathesis 4 with every
# check (`--checks all`) on `pacto serve`'s /openapi.yaml, bounded in time.
# Imports the fixtures into a fresh record, starts the server on a free
# loopback port (127.0.0.1 only), runs schemathesis, stops the server.
#
#   bash scripts/api-test.sh [MAX_EXAMPLES]     (default 25 per operation)
#
# Installs schemathesis with pip when it is missing. Settings that are not
# flags are in schemathesis.toml (read from this folder).
set -euo pipefail
cd "$(dirname "$0")/.."
examples=${1:-25}

# Run through the same python3 that installs it (no PATH shim needed).
if ! python3 -c "import schemathesis, sys; sys.exit(int(schemathesis.__version__.split('.')[0]) != 4)" 2>/dev/null; then
  echo "api-test: installing schemathesis 4" >&2
  python3 -m pip install --quiet "schemathesis>=4,<5" </dev/null >&2
fi
st() { python3 -m schemathesis.cli "$@"; }

. scripts/fixture-server.sh
start_fixture_server api-test --log-level warning

# --url: the description's own server is 127.0.0.1:8080; this one's port is free.
status=0
timeout 300 st run "$base/openapi.yaml" --url "$base" --checks all \
  --max-examples "$examples" --max-time 120 --seed 15 --request-timeout 10 --no-color </dev/null || status=$?

kill -TERM "$server"
wait "$server" || true
server=""
if [ "$status" -ne 0 ]; then
  echo "api-test: schemathesis found failures (exit $status)" >&2
  exit 1
fi
echo "api-test: 1 passed, 0 failed"
