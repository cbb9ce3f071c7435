#!/usr/bin/env bash
# Installs the cloud-storage emulators that the integration tests in src-it start on loopback:
#   s3rver (S3) and azurite (Azure Blob), from the npm registry, into .emulators/ (git-ignored).
# GCS needs no install: its tests use google-cloud-nio's in-process fake.
# The tests start and stop the emulators themselves; this script only installs them.
# Usage: scripts/test-emulators.sh [install|status]
set -euo pipefail
cd "$(dirname "$0")/.."

action="${1:-install}"
dir=".emulators"
s3rver_version="3.7.1"
azurite_version="3.37.0"

need_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "test-emulators: installing nodejs and npm from Debian's packages"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
    else
      echo "test-emulators: node and npm are needed (install them, or run as root on Debian)" >&2
      exit 2
    fi
  fi
}

installed() {
  [ -f "$dir/node_modules/s3rver/package.json" ] && [ -f "$dir/node_modules/azurite/package.json" ] \
    && grep -q "\"version\": \"$s3rver_version\"" "$dir/node_modules/s3rver/package.json" \
    && grep -q "\"version\": \"$azurite_version\"" "$dir/node_modules/azurite/package.json"
}

case "$action" in
  install)
    if installed; then
      echo "test-emulators: s3rver $s3rver_version and azurite $azurite_version already in $dir/"
      exit 0
    fi
    need_node
    mkdir -p "$dir"
    [ -f "$dir/package.json" ] || echo '{"name": "dvt-test-emulators", "private": true}' >"$dir/package.json"
    npm install --prefix "$dir" --no-audit --no-fund --loglevel=error \
      "s3rver@$s3rver_version" "azurite@$azurite_version"
    installed || { echo "test-emulators: install did not complete" >&2; exit 1; }
    echo "test-emulators: s3rver $s3rver_version and azurite $azurite_version installed in $dir/"
    ;;
  status)
    if installed; then echo "test-emulators: installed in $dir/"; else echo "test-emulators: not installed"; exit 1; fi
    ;;
  *)
    echo "usage: $0 [install|status]" >&2
    exit 2
    ;;
esac
