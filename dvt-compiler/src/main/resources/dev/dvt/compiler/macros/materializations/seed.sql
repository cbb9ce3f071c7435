{#- seed: (re)creates the table from the seed's column types and bulk-loads the CSV with
    adapter.load_seed. The runner sets seed_file, seed_column_types (name -> database type, file
    order), seed_delimiter and seed_empty. An existing table of the same columns is truncated and
    reloaded; --full-refresh drops and recreates it; --empty (seed_empty) leaves it without rows. -#}
{% materialization seed, default %}
  {%- set existing = load_relation(this) -%}
  {%- set target = this.incorporate(type='table') -%}
  {%- set quote_columns = config.get('quote_columns', false) -%}

  {{ run_hooks(pre_hooks, inside_transaction=False) }}
  {%- do adapter.begin() -%}
  {{ run_hooks(pre_hooks, inside_transaction=True) }}

  {%- if existing is not none and existing.is_table and not should_full_refresh() and seed_columns_unchanged(existing) -%}
    {%- do adapter.truncate_relation(existing) -%}
  {%- else -%}
    {%- do drop_relation_if_exists(existing) -%}
    {%- call statement('dvt_create_seed') -%}
      create table {{ target }} (
      {%- for name, type in seed_column_types.items() %}
        {{ adapter.quote(name) if quote_columns else name }} {{ type }}{% if not loop.last %},{% endif %}
      {%- endfor %}
      )
    {%- endcall -%}
  {%- endif -%}
  {%- if seed_empty -%}
    {{ store_raw_result('main', message='INSERT 0', code='INSERT', rows_affected=0) }}
  {%- else -%}
    {%- set response = adapter.load_seed(target, seed_file, seed_column_types, seed_delimiter or ',') -%}
    {{ store_raw_result('main', message=response.message, code=response.code, rows_affected=response.rows_affected) }}
  {%- endif -%}
  {%- do persist_docs(target, model) -%}
  {%- do apply_grants(target, config.get('grants'), should_revoke=(existing is not none)) -%}

  {{ run_hooks(post_hooks, inside_transaction=True) }}
  {%- do adapter.commit() -%}
  {{ run_hooks(post_hooks, inside_transaction=False) }}

  {{ return({'relations': [target]}) }}
{% endmaterialization %}

{% macro seed_columns_unchanged(existing) -%}
  {%- set current = adapter.get_columns_in_relation(existing) | map(attribute='name') | map('lower') | list -%}
  {%- set wanted = seed_column_types.keys() | map('lower') | list -%}
  {{ return(current == wanted) }}
{%- endmacro %}
