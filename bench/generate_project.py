#!/usr/bin/env python3
"""Writes a synthetic dbt project of N models for the DVT parse benchmark.

Each model refs 1-3 upstream models, reads a source, calls config() and a project macro;
each folder of 100 models has a properties file declaring two tests per model.
Usage: generate_project.py N OUTPUT_DIR
"""
import os
import random
import sys


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(42)
    write(os.path.join(out, "dbt_project.yml"),
          "name: bench\nprofile: bench\nconfig-version: 2\nmodels:\n  bench:\n    +materialized: view\n")
    write(os.path.join(out, "profiles.yml"),
          "bench:\n  target: dev\n  outputs:\n    dev: {type: duckdb, path: ':memory:', database: db, schema: main}\n")
    write(os.path.join(out, "macros", "bench.sql"),
          "{% macro cents(column) %}({{ column }} * 100)::bigint{% endmacro %}\n"
          "{% test not_null(model, column_name) %}select * from {{ model }} where {{ column_name }} is null{% endtest %}\n"
          "{% test unique(model, column_name) %}select {{ column_name }} from {{ model }} group by 1 having count(*) > 1{% endtest %}\n")
    write(os.path.join(out, "models", "sources.yml"),
          "sources:\n  - name: raw\n    connection: dev\n    tables:\n      - name: events\n")
    props = {}
    for i in range(n):
        folder = "f%03d" % (i // 100)
        name = "m_%05d" % i
        ups = sorted(rng.sample(range(i), min(i, rng.randint(1, 3)))) if i else []
        joins = "".join("\njoin {{ ref('m_%05d') }} u%d on u%d.id = s.id" % (u, k, k) for k, u in enumerate(ups))
        mat = "table" if i % 3 == 0 else "view"
        write(os.path.join(out, "models", folder, name + ".sql"),
              "{{ config(materialized='%s', tags=['bench']) }}\n"
              "select s.id, {{ cents('s.amount') }} as amount_cents\n"
              "from {{ source('raw', 'events') }} s%s\n" % (mat, joins))
        props.setdefault(folder, []).append(
            "  - name: %s\n    description: Model %d\n    columns:\n      - name: id\n"
            "        data_tests: [not_null, unique]\n" % (name, i))
    for folder, entries in props.items():
        write(os.path.join(out, "models", folder, "_properties.yml"), "models:\n" + "".join(entries))


if __name__ == "__main__":
    main()
