#!/usr/bin/env bash
# Installs the system packages Pacto builds against, when they are missing.
# Debian/Ubuntu only; elsewhere it says what to install.
set -euo pipefail
need=()
pkg-config --exists libxml-2.0 2>/dev/null || need+=(libxml2-dev)
pkg-config --exists sqlite3 2>/dev/null || need+=(libsqlite3-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: please install: ${need[*]} (libxml2 development files and pkg-config)" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "setup: installing ${need[*]}" >&2
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" </dev/null
