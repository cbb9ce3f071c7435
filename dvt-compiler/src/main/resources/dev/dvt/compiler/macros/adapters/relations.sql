{#- Relation helpers the materializations (and packages) use. -#}

{% macro make_intermediate_relation(base_relation, suffix='__dvt_tmp') -%}
  {{ return(base_relation.incorporate(path={"identifier": base_relation.identifier ~ suffix})) }}
{%- endmacro %}

{% macro make_temp_relation(base_relation, suffix='__dvt_tmp') -%}
  {{ return(base_relation.incorporate(path={"identifier": base_relation.identifier ~ suffix}, type='table')) }}
{%- endmacro %}

{% macro make_backup_relation(base_relation, backup_relation_type, suffix='__dvt_backup') -%}
  {{ return(base_relation.incorporate(path={"identifier": base_relation.identifier ~ suffix},
                                      type=backup_relation_type)) }}
{%- endmacro %}

{% macro drop_relation_if_exists(relation) -%}
  {%- if relation is not none -%}
    {%- do adapter.drop_relation(relation) -%}
  {%- endif -%}
{%- endmacro %}

{% macro get_create_table_as_sql(temporary, relation, sql) -%}
  {{ return(adapter.dispatch('create_table_as', 'dbt')(temporary, relation, sql)) }}
{%- endmacro %}

{% macro create_table_as(temporary, relation, compiled_code, language='sql') -%}
  {{ return(adapter.dispatch('create_table_as', 'dbt')(temporary, relation, compiled_code)) }}
{%- endmacro %}

{% macro default__create_table_as(temporary, relation, sql) -%}
  create {% if temporary %}temporary {% endif %}table {{ relation.include(database=(not temporary), schema=(not temporary)) }} as (
    {{ sql }}
  )
{%- endmacro %}

{% macro get_create_view_as_sql(relation, sql) -%}
  {{ return(adapter.dispatch('create_view_as', 'dbt')(relation, sql)) }}
{%- endmacro %}

{% macro create_view_as(relation, sql) -%}
  {{ return(adapter.dispatch('create_view_as', 'dbt')(relation, sql)) }}
{%- endmacro %}

{% macro default__create_view_as(relation, sql) -%}
  create view {{ relation }} as (
    {{ sql }}
  )
{%- endmacro %}

{#- Runs the hooks whose `transaction` flag equals inside_transaction, rendered now, in order. -#}
{% macro run_hooks(hooks, inside_transaction=True) -%}
  {%- for hook in hooks or [] -%}
    {%- if hook.get('transaction', True) == inside_transaction -%}
      {%- set rendered = render(hook.get('sql')) | trim -%}
      {%- if rendered | length > 0 -%}
        {%- call statement(auto_begin=inside_transaction) -%}
          {{ rendered }}
        {%- endcall -%}
      {%- endif -%}
    {%- endif -%}
  {%- endfor -%}
{%- endmacro %}

{% macro get_columns_in_query(select_sql) -%}
  {{ return(adapter.get_column_schema_from_query(select_sql) | map(attribute='name') | list) }}
{%- endmacro %}

{% macro get_empty_subquery_sql(select_sql, select_sql_header=none) -%}
  select * from (
    {{ select_sql }}
  ) as dvt_sbq
  where false
  limit 0
{%- endmacro %}

{#- persist_docs: table/view and column comments, where the model's config asks for them. -#}
{% macro persist_docs(relation, model, for_relation=true, for_columns=true) -%}
  {{ return(adapter.dispatch('persist_docs', 'dbt')(relation, model, for_relation, for_columns)) }}
{%- endmacro %}

{% macro default__persist_docs(relation, model, for_relation, for_columns) -%}
  {%- if for_relation and config.persist_relation_docs() and model.description -%}
    {%- do adapter.comment_on_relation(relation, model.description) -%}
  {%- endif -%}
  {%- if for_columns and config.persist_column_docs() and model.columns -%}
    {%- set existing = adapter.get_columns_in_relation(relation) | map(attribute='name') | map('lower') | list -%}
    {%- for name, column in model.columns.items() -%}
      {%- if column.description and (name | lower) in existing -%}
        {%- do adapter.comment_on_column(relation, name, column.description) -%}
      {%- endif -%}
    {%- endfor -%}
  {%- endif -%}
{%- endmacro %}

{#- Grants: DuckDB has no privileges, so its version does nothing; other databases issue GRANTs. -#}
{% macro apply_grants(relation, grant_config, should_revoke=True) -%}
  {{ return(adapter.dispatch('apply_grants', 'dbt')(relation, grant_config, should_revoke)) }}
{%- endmacro %}

{% macro duckdb__apply_grants(relation, grant_config, should_revoke=True) -%}
{%- endmacro %}

{% macro default__apply_grants(relation, grant_config, should_revoke=True) -%}
  {%- if grant_config -%}
    {%- for privilege, grantees in grant_config.items() -%}
      {%- if grantees -%}
        {%- call statement('grants') -%}
          grant {{ privilege }} on {{ relation }} to {{ grantees | join(', ') }}
        {%- endcall -%}
      {%- endif -%}
    {%- endfor -%}
  {%- endif -%}
{%- endmacro %}
