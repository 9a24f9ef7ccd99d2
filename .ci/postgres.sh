#!/usr/bin/env bash
# Sourced by .ci/run (and usable by hand, as root, on Debian 12): installs Debian's PostgreSQL, starts a throw-away
# cluster on loopback for the tests, creates the test role (allowed to create databases: every store test gets a
# fresh one) and exports ANJUAN_TEST_PG_URL / ANJUAN_TEST_PG_USER / ANJUAN_TEST_PG_PASSWORD.
# The cluster trades durability for speed (fsync off): it holds nothing but test databases.
set -euo pipefail

PG_TEST_CLUSTER=${PG_TEST_CLUSTER:-anjuantest}
PG_TEST_PORT=${PG_TEST_PORT:-55432}
export DEBIAN_FRONTEND=noninteractive
command -v pg_createcluster >/dev/null 2>&1 && command -v pg_dump >/dev/null 2>&1 || \
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends postgresql postgresql-client >/dev/null
PG_VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)

if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$PG_VERSION $PG_TEST_CLUSTER"; then
    pg_createcluster "$PG_VERSION" "$PG_TEST_CLUSTER" -p "$PG_TEST_PORT" -- --auth-local=peer --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "/etc/postgresql/$PG_VERSION/$PG_TEST_CLUSTER/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
fi
# no systemd in CI containers: pg_ctlcluster starts the server itself (as the postgres user)
pg_lsclusters -h | grep -q "^$PG_VERSION $PG_TEST_CLUSTER .* online" || pg_ctlcluster "$PG_VERSION" "$PG_TEST_CLUSTER" start

export ANJUAN_TEST_PG_USER=anjuan_test ANJUAN_TEST_PG_PASSWORD=anjuan_test
export ANJUAN_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_TEST_PORT/postgres"
runuser -u postgres -- psql -q -p "$PG_TEST_PORT" -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ANJUAN_TEST_PG_USER') THEN
    CREATE ROLE $ANJUAN_TEST_PG_USER LOGIN CREATEDB PASSWORD '$ANJUAN_TEST_PG_PASSWORD';
  END IF;
END \$\$;
SQL
# where the PostgreSQL client programs (pg_dump, pg_restore) of the server's version are, for the backup tests
export ANJUAN_PG_BIN="/usr/lib/postgresql/$PG_VERSION/bin"
echo "PostgreSQL $PG_VERSION test cluster '$PG_TEST_CLUSTER' on 127.0.0.1:$PG_TEST_PORT"
