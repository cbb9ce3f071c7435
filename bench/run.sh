#!/bin/sh
# Runs the federation benchmark with a 512 MB heap, on this checkout's compiled classes (never on
# dvt jars from ~/.m2). Build first: ./mvnw -B -o -pl dvt-federation,dvt-spark-worker -am install -DskipTests
# Usage: bench/run.sh [rows] [--rounds N] [--mariadb] [--spark-cache DIR] [--load-streams N]
#   rows defaults to 5000000; PostgreSQL on 127.0.0.1:5432 (user postgres), MariaDB on
#   127.0.0.1:3306 (user root) with --mariadb; --spark-cache names a `dvt sync` cache with
#   Spark 4.0.1 (the tests keep one in .spark-cache).
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$root/bench/target"
cp_file="$root/bench/target/classpath.txt"
"$root/mvnw" -B -q -f "$root/dvt-federation/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file"
third_party=$(tr ':' '\n' < "$cp_file" | grep -v '/dev/dvt/' | paste -sd: -)
classes="$root/dvt-artifacts/target/classes:$root/dvt-core/target/classes:$root/dvt-federation/target/classes"
classes="$classes:$root/dvt-spark-worker/target/classes"
exec java -Xmx512m -Dlogback.configurationFile="$root/bench/logback-bench.xml" -cp "$classes:$third_party" \
  "$root/bench/FederationBenchmark.java" "$@"
