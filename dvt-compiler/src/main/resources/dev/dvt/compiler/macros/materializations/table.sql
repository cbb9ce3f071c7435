{#- table: the same atomic swap as view. With an enforced contract the table is created from the
    declared columns first and must match the query's columns. -#}
{% materialization table, default %}
  {%- set existing = load_relation(this) -%}
  {%- set target = this.incorporate(type='table') -%}
  {%- set intermediate = make_intermediate_relation(target) -%}
  {%- set backup = make_backup_relation(target, existing.type if existing is not none else 'table') -%}
  {%- do drop_relation_if_exists(load_relation(intermediate)) -%}
  {%- do drop_relation_if_exists(load_relation(backup)) -%}

  {{ run_hooks(pre_hooks, inside_transaction=False) }}
  {%- do adapter.begin() -%}
  {{ run_hooks(pre_hooks, inside_transaction=True) }}

  {%- call statement('main') -%}
    {{ build_table_sql(intermediate, sql) }}
  {%- endcall -%}
  {%- if existing is not none -%}
    {%- do adapter.rename_relation(existing, backup) -%}
  {%- endif -%}
  {%- do adapter.rename_relation(intermediate, target) -%}
  {%- do persist_docs(target, model) -%}
  {%- do apply_grants(target, config.get('grants'), should_revoke=(existing is not none)) -%}

  {{ run_hooks(post_hooks, inside_transaction=True) }}
  {%- do drop_relation_if_exists(backup if existing is not none else none) -%}
  {%- do adapter.commit() -%}
  {{ run_hooks(post_hooks, inside_transaction=False) }}

  {{ return({'relations': [target]}) }}
{% endmaterialization %}

{#- The statement that fills a new table: CREATE TABLE AS, or the contract's CREATE + INSERT. -#}
{% macro build_table_sql(relation, sql) -%}
  {%- set contract = config.get('contract') or {} -%}
  {%- if contract.get('enforced') -%}
    {%- do assert_columns_equivalent(sql) -%}
    {{ create_table_with_contract(relation, sql) }}
  {%- else -%}
    {{ get_create_table_as_sql(False, relation, sql) }}
  {%- endif -%}
{%- endmacro %}
