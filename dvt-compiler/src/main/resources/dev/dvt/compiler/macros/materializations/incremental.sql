{#- incremental: build the whole table on the first run, on --full-refresh or when a view is in
    the way (with the table materialization's swap); otherwise stage the new rows in
    <name>__dvt_tmp, reconcile the schema per on_schema_change, and apply the strategy. -#}
{% materialization incremental, default %}
  {%- set existing = load_relation(this) -%}
  {%- set target = this.incorporate(type='table') -%}
  {%- set staging = make_temp_relation(target) -%}
  {%- set intermediate = make_intermediate_relation(target, suffix='__dvt_new') -%}
  {%- set backup = make_backup_relation(target, existing.type if existing is not none else 'table') -%}
  {%- set on_schema_change = incremental_on_schema_change() -%}
  {%- set strategy = incremental_strategy() -%}
  {%- do drop_relation_if_exists(load_relation(staging)) -%}
  {%- do drop_relation_if_exists(load_relation(intermediate)) -%}
  {%- do drop_relation_if_exists(load_relation(backup)) -%}

  {{ run_hooks(pre_hooks, inside_transaction=False) }}
  {%- do adapter.begin() -%}
  {{ run_hooks(pre_hooks, inside_transaction=True) }}

  {%- if existing is none -%}
    {%- call statement('main') -%}
      {{ build_table_sql(target, sql) }}
    {%- endcall -%}
  {%- elif existing.is_view or should_full_refresh() -%}
    {%- call statement('main') -%}
      {{ build_table_sql(intermediate, sql) }}
    {%- endcall -%}
    {%- do adapter.rename_relation(existing, backup) -%}
    {%- do adapter.rename_relation(intermediate, target) -%}
    {%- do adapter.drop_relation(backup) -%}
  {%- else -%}
    {%- call statement('dvt_staging') -%}
      {{ get_create_table_as_sql(False, staging, sql) }}
    {%- endcall -%}
    {%- do adapter.expand_target_column_types(from_relation=staging, to_relation=target) -%}
    {%- set columns = sync_schema_for_incremental(on_schema_change, staging, target) -%}
    {%- set args = {'target': target, 'source': staging, 'unique_key': config.get('unique_key'),
                    'columns': columns, 'predicates': config.get('incremental_predicates')} -%}
    {%- if strategy == 'delete+insert' and args['unique_key'] -%}
      {%- call statement('dvt_delete') -%}
        {{ incremental_delete_sql(args) }}
      {%- endcall -%}
    {%- endif -%}
    {%- call statement('main') -%}
      {{ incremental_apply_sql(strategy, args) }}
    {%- endcall -%}
    {%- do adapter.drop_relation(staging) -%}
  {%- endif -%}
  {%- do persist_docs(target, model) -%}
  {%- do apply_grants(target, config.get('grants'), should_revoke=(existing is none or should_full_refresh())) -%}

  {{ run_hooks(post_hooks, inside_transaction=True) }}
  {%- do adapter.commit() -%}
  {{ run_hooks(post_hooks, inside_transaction=False) }}

  {{ return({'relations': [target]}) }}
{% endmaterialization %}

{% macro incremental_on_schema_change() -%}
  {%- set value = config.get('on_schema_change') or 'ignore' -%}
  {%- if value not in ['ignore', 'append_new_columns', 'sync_all_columns', 'fail'] -%}
    {{ exceptions.raise_compiler_error("on_schema_change '" ~ value ~ "' of " ~ model.unique_id
        ~ " is not one of ignore, append_new_columns, sync_all_columns, fail") }}
  {%- endif -%}
  {{ return(value) }}
{%- endmacro %}

{% macro incremental_strategy() -%}
  {%- set unique_key = config.get('unique_key') -%}
  {%- set strategy = config.get('incremental_strategy') or ('merge' if unique_key and 'merge' in adapter.valid_incremental_strategies() else 'append') -%}
  {%- if strategy == 'default' -%}{%- set strategy = 'append' -%}{%- endif -%}
  {%- if strategy not in adapter.valid_incremental_strategies() -%}
    {{ exceptions.raise_compiler_error("incremental_strategy '" ~ strategy ~ "' of " ~ model.unique_id
        ~ " is not available on " ~ adapter.type() ~ "; use one of " ~ adapter.valid_incremental_strategies() | join(', ')) }}
  {%- endif -%}
  {%- if strategy == 'delete+insert' and not unique_key -%}
    {{ exceptions.raise_compiler_error("incremental_strategy 'delete+insert' of " ~ model.unique_id ~ " needs a unique_key") }}
  {%- endif -%}
  {{ return(strategy) }}
{%- endmacro %}
