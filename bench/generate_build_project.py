#!/usr/bin/env python3
"""Writes a DuckDB project of N view models for the build benchmark: 50 roots, then 50 chains
(model i reads model i - 50) whose links also fan in from a root (model i % 50), so the DAG has
paths 20 deep and levels 50 wide. Views bind their whole upstream chain in DuckDB, so the depth
is kept moderate: the benchmark measures DVT, not view expansion.
Usage: generate_build_project.py N DIR"""
import os
import sys

n = int(sys.argv[1])
root = sys.argv[2]
os.makedirs(os.path.join(root, "models"), exist_ok=True)
with open(os.path.join(root, "dbt_project.yml"), "w") as f:
    f.write("name: build_bench\nversion: '1.0'\nconfig-version: 2\nprofile: build_bench\n"
            "models:\n  build_bench:\n    +materialized: view\n")
with open(os.path.join(root, "profiles.yml"), "w") as f:
    f.write("build_bench:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n"
            "      path: bench.duckdb\n      schema: main\n      threads: 4\n")
for i in range(n):
    if i < 50:
        sql = f"select range as id, range * {i} as v from range(100)"
    else:
        parents = sorted({i - 50, i % 50})
        refs = [f"{{{{ ref('m{p:05d}') }}}}" for p in parents]
        sql = "select a.id, a.v + 1 as v from " + refs[0] + " as a"
        if len(refs) > 1:
            sql += " join " + refs[1] + " as b using (id)"
    with open(os.path.join(root, "models", f"m{i:05d}.sql"), "w") as f:
        f.write(sql + "\n")
