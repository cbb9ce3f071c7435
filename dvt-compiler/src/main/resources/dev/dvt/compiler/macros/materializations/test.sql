{#- test: counts the failing rows the test query returns and compares the count with warn_if and
    error_if. With store_failures the rows are kept in the test's own relation (its schema is the
    audit schema the parser gave it). -#}
{% materialization test, default %}
  {%- set relations = [] -%}
  {%- set limit = config.get('limit') -%}
  {%- set fail_calc = config.get('fail_calc') or 'count(*)' -%}
  {%- set warn_if = config.get('warn_if') or '!= 0' -%}
  {%- set error_if = config.get('error_if') or '!= 0' -%}
  {%- set query = sql ~ ("\n    limit " ~ limit if limit is not none else "") -%}

  {%- if should_store_failures() -%}
    {%- set existing = load_relation(this) -%}
    {%- set target = this.incorporate(type='table') -%}
    {%- do adapter.begin() -%}
    {%- do drop_relation_if_exists(existing) -%}
    {%- call statement('dvt_store_failures') -%}
      {{ get_create_table_as_sql(False, target, query) }}
    {%- endcall -%}
    {%- do relations.append(target) -%}
    {%- set query = "select * from " ~ target -%}
    {%- do adapter.commit() -%}
  {%- endif -%}

  {%- call statement('main', fetch_result=True) -%}
    select
      {{ fail_calc }} as failures,
      {{ fail_calc }} {{ warn_if }} as should_warn,
      {{ fail_calc }} {{ error_if }} as should_error
    from (
      {{ query }}
    ) dbt_internal_test
  {%- endcall -%}

  {{ return({'relations': relations}) }}
{% endmaterialization %}
