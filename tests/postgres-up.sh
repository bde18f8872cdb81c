#!/bin/sh
# Make sure a PostgreSQL server runs on 127.0.0.1:5432 with the role the HQ tests use
# (fieldapp/fieldapp, allowed to create databases: each test makes and drops its own).
# Installs Debian's postgresql when it is missing. Needs root (CI runs as root); elsewhere it
# says what is missing and the PostgreSQL variants of the HQ tests are skipped.
set -eu
say() { echo "postgres-up: $*" >&2; }
as_postgres() { runuser -u postgres -- "$@"; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then say "PostgreSQL is not installed and this is not root"; exit 1; fi
  say "installing PostgreSQL"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if [ "$(id -u)" != 0 ]; then
  pg_lsclusters -h | grep -q online || { say "no PostgreSQL cluster is running"; exit 1; }
  exit 0
fi
if [ -z "$(pg_lsclusters -h)" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  say "creating cluster $version/main"
  pg_createcluster "$version" main >/dev/null
fi
pg_lsclusters -h | while read -r version cluster port status rest; do
  if [ "$port" = 5432 ] && [ "$status" != online ]; then
    say "starting cluster $version/$cluster"
    pg_ctlcluster "$version" "$cluster" start
  fi
done
for _ in 1 2 3 4 5 6 7 8 9 10; do
  as_postgres psql -qtAc "SELECT 1" >/dev/null 2>&1 && break
  sleep 1
done
if [ "$(as_postgres psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname = 'fieldapp'")" != 1 ]; then
  as_postgres psql -qc "CREATE ROLE fieldapp LOGIN CREATEDB PASSWORD 'fieldapp'"
fi
