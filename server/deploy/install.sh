#!/bin/sh
# Installs a packed server (`npm pack --workspace server`) into DIR with its runtime
# dependencies only, as a fresh machine would: what the Dockerfile runs, and what
# scripts/deploy-check.mjs tests in .ci/run. Then `cd DIR && node dist/server/main.js`.
set -eu
[ $# -eq 2 ] || { echo "usage: install.sh sc-widgets-server-VERSION.tgz DIR" >&2; exit 2; }
mkdir -p "$2"
tar -xzf "$1" -C "$2" --strip-components=1
cd "$2"
# No dependency of the server needs an install script.
npm install --omit=dev --ignore-scripts --no-audit --no-fund
