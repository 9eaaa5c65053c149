#!/usr/bin/env bash
# Make sure PostgreSQL's server programs (initdb, pg_ctl) are installed, from Debian's
# `postgresql` package. The tests start and stop their own server (tests/conftest.py);
# this script only installs. `make test` runs it when CI=true or when pg_ctl is missing.
# Without root (and outside CI) it only says what to do: the PostgreSQL tests then skip.
set -euo pipefail

have_server() {
  command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1
}

if have_server; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "postgres.sh: PostgreSQL is not installed; as root run: apt-get update && apt-get install -y postgresql" >&2
  [ "${CI:-}" = "true" ] && exit 1
  exit 0
fi
echo "postgres.sh: installing Debian's postgresql (apt-get)" >&2
# Keep the package from starting its own cluster service: the tests run their own server.
policy=/usr/sbin/policy-rc.d
made_policy=no
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  made_policy=yes
fi
trap '[ "$made_policy" = yes ] && rm -f "$policy"' EXIT
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
have_server
