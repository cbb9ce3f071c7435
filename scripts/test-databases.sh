#!/usr/bin/env bash
# Installs (from Debian's packages) and starts the PostgreSQL and MariaDB servers that the
# integration tests in src-it use, without systemd. Safe to run again: it only does what is missing.
#   PostgreSQL: 127.0.0.1:5432, user postgres, trust auth, database dvt_it
#   MariaDB:    127.0.0.1:3306, user root, no password, database dvt_it, local_infile on
#   and installs the S3 and Azure emulators (scripts/test-emulators.sh), which the tests start.
# Usage: scripts/test-databases.sh [start|stop|status]
set -euo pipefail

action="${1:-start}"
pg_version=""

need_root() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "test-databases: run as root (it installs Debian packages and starts servers)" >&2
    exit 2
  fi
}

apt_install() {
  if ! dpkg -s "$@" >/dev/null 2>&1; then
    echo "test-databases: installing $*"
    if [ -z "${apt_updated:-}" ]; then
      apt-get update -qq
      apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

pg_ready() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
maria_ready() { mariadb-admin --protocol=TCP -h 127.0.0.1 -P 3306 -u root status >/dev/null 2>&1; }

start_postgres() {
  apt_install postgresql
  pg_version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  local hba="/etc/postgresql/$pg_version/main/pg_hba.conf"
  local conf="/etc/postgresql/$pg_version/main/postgresql.conf"
  if ! grep -q "dvt-tests" "$hba"; then
    # Trust local TCP connections: these servers exist only for the tests on this machine.
    sed -i '1i host all all 127.0.0.1/32 trust # dvt-tests\nhost all all ::1/128 trust # dvt-tests' "$hba"
  fi
  if ! grep -q "dvt-tests" "$conf"; then
    cat >>"$conf" <<'CONF'
# dvt-tests: a small, fast, throwaway server
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
  fi
  if ! pg_ready; then
    pg_ctlcluster --skip-systemctl-redirect "$pg_version" main start
  fi
  for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
  pg_ready || { echo "test-databases: PostgreSQL did not start" >&2; exit 1; }
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='dvt_it'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE dvt_it"
  echo "test-databases: PostgreSQL $pg_version ready on 127.0.0.1:5432"
}

start_mariadb() {
  apt_install mariadb-server mariadb-client
  if ! maria_ready; then
    install -d -o mysql -g mysql /run/mysqld
    if [ ! -d /var/lib/mysql/mysql ]; then
      mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
    fi
    nohup mariadbd --user=mysql --bind-address=127.0.0.1 --port=3306 --local-infile=1 \
      --innodb-flush-log-at-trx-commit=0 --skip-log-bin --max-connections=200 \
      >/var/log/dvt-mariadb.log 2>&1 &
    for _ in $(seq 1 60); do
      mariadb -u root -e "SELECT 1" >/dev/null 2>&1 && break
      sleep 1
    done
    # Let root in over TCP without a password (test-only server bound to loopback).
    mariadb -u root -e "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
      GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
      ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket;
      SET GLOBAL local_infile = 1; FLUSH PRIVILEGES;" >/dev/null
  fi
  for _ in $(seq 1 30); do maria_ready && break; sleep 1; done
  maria_ready || { echo "test-databases: MariaDB did not start (see /var/log/dvt-mariadb.log)" >&2; exit 1; }
  mariadb --protocol=TCP -h 127.0.0.1 -u root -e "CREATE DATABASE IF NOT EXISTS dvt_it"
  echo "test-databases: MariaDB ready on 127.0.0.1:3306"
}

case "$action" in
  start)
    need_root
    start_postgres
    start_mariadb
    # The cloud-storage emulators the tests start themselves; installed here so one command readies all.
    "$(dirname "$0")/test-emulators.sh" install
    ;;
  stop)
    need_root
    for v in $(ls /etc/postgresql 2>/dev/null); do pg_ctlcluster --skip-systemctl-redirect "$v" main stop || true; done
    mariadb-admin -u root shutdown 2>/dev/null || true
    ;;
  status)
    pg_ready && echo "PostgreSQL: up" || echo "PostgreSQL: down"
    maria_ready && echo "MariaDB: up" || echo "MariaDB: down"
    ;;
  *)
    echo "usage: $0 [start|stop|status]" >&2
    exit 2
    ;;
esac
