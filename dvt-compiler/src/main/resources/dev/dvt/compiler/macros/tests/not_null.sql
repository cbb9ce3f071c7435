{#- Generic test `not_null`: one failure row per NULL; whole rows when failures are stored. -#}

{% test not_null(model, column_name) %}
    {{ adapter.dispatch('test_not_null', 'dbt')(model, column_name) }}
{% endtest %}

{% macro default__test_not_null(model, column_name) %}
{%- set selected = '*' if should_store_failures() else column_name -%}
select {{ selected }}
from {{ model }}
where {{ column_name }} is null
{% endmacro %}
