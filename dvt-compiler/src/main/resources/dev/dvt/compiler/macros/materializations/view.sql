{#- view: build <name>__dvt_tmp, move the old relation aside, rename the new one in, drop the old,
    all in one transaction where DDL is transactional, so a failed rebuild keeps the old view. -#}
{% materialization view, default %}
  {%- set existing = load_relation(this) -%}
  {%- set target = this.incorporate(type='view') -%}
  {%- set intermediate = make_intermediate_relation(target).incorporate(type='view') -%}
  {%- set backup = make_backup_relation(target, existing.type if existing is not none else 'view') -%}
  {%- do drop_relation_if_exists(load_relation(intermediate)) -%}
  {%- do drop_relation_if_exists(load_relation(backup)) -%}

  {{ run_hooks(pre_hooks, inside_transaction=False) }}
  {%- do adapter.begin() -%}
  {{ run_hooks(pre_hooks, inside_transaction=True) }}

  {%- call statement('main') -%}
    {{ get_create_view_as_sql(intermediate, sql) }}
  {%- endcall -%}
  {%- if existing is not none -%}
    {%- do adapter.rename_relation(existing, backup) -%}
  {%- endif -%}
  {%- do adapter.rename_relation(intermediate, target) -%}
  {%- do persist_docs(target, model, for_columns=false) -%}
  {%- do apply_grants(target, config.get('grants'), should_revoke=(existing is not none)) -%}

  {{ run_hooks(post_hooks, inside_transaction=True) }}
  {%- do drop_relation_if_exists(backup if existing is not none else none) -%}
  {%- do adapter.commit() -%}
  {{ run_hooks(post_hooks, inside_transaction=False) }}

  {{ return({'relations': [target]}) }}
{% endmaterialization %}
