#!/bin/sh
# Runs the federation benchmark with a 512 MB heap, on this checkout's compiled classes (never on
# dvt jars from ~/.m2). Build first: ./mvnw -B -o -pl dvt-federation -am install -DskipTests
# Usage: bench/run.sh [rows]   (default 5000000; PostgreSQL on 127.0.0.1:5432, user postgres)
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$root/bench/target"
cp_file="$root/bench/target/classpath.txt"
"$root/mvnw" -B -q -f "$root/dvt-federation/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file"
third_party=$(tr ':' '\n' < "$cp_file" | grep -v '/dev/dvt/' | paste -sd: -)
classes="$root/dvt-artifacts/target/classes:$root/dvt-core/target/classes:$root/dvt-federation/target/classes"
exec java -Xmx512m -cp "$classes:$third_party" "$root/bench/FederationBenchmark.java" "$@"
