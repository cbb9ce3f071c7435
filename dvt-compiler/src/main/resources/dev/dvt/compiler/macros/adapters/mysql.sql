{#- MySQL/MariaDB: DVT's connections have no default database (every name is schema-qualified, as in
    dbt-mysql), so a temporary table keeps its schema instead of being written bare. -#}
{% macro mysql__create_table_as(temporary, relation, sql) -%}
  create {% if temporary %}temporary {% endif %}table {{ relation }} as (
    {{ sql }}
  )
{%- endmacro %}

{#- MariaDB rejects a parenthesized WITH query after CREATE VIEW … AS. -#}
{% macro mysql__create_view_as(relation, sql) -%}
  create view {{ relation }} as
    {{ sql }}
{%- endmacro %}
