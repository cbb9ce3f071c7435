{#- Helpers generic tests and the test materialization share. -#}

{#- The relation a test reads: wrapped in a filtered subquery when the test has a `where` config. -#}
{% macro get_where_subquery(relation) -%}
    {%- do return(adapter.dispatch('get_where_subquery', 'dbt')(relation)) -%}
{%- endmacro %}

{% macro default__get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- if where -%}
        {%- do return('(select * from ' ~ relation ~ ' where ' ~ where ~ ') dbt_subquery') -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}

{#- The node's store_failures config, else the --store-failures flag. -#}
{% macro should_store_failures() -%}
    {%- set configured = config.get('store_failures') -%}
    {%- if configured is none -%}
        {%- set configured = flags.STORE_FAILURES -%}
    {%- endif -%}
    {%- do return(configured) -%}
{%- endmacro %}

{#- Wraps a test's query into one row: failures (fail_calc), should_warn and should_error. -#}
{% macro get_test_sql(main_sql, fail_calc, warn_if, error_if, limit) -%}
    {{ adapter.dispatch('get_test_sql', 'dbt')(main_sql, fail_calc, warn_if, error_if, limit) }}
{%- endmacro %}

{% macro default__get_test_sql(main_sql, fail_calc, warn_if, error_if, limit) -%}
select
    {{ fail_calc }} as failures,
    {{ fail_calc }} {{ warn_if }} as should_warn,
    {{ fail_calc }} {{ error_if }} as should_error
from (
    {{ main_sql }}
    {{ "limit " ~ limit if limit is not none }}
) dbt_internal_test
{%- endmacro %}
