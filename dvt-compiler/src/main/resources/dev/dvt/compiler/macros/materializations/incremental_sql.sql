{#- The statements of each incremental strategy. Target rows are DBT_INTERNAL_DEST and new rows
    DBT_INTERNAL_SOURCE, the aliases incremental_predicates are written against. -#}

{% macro incremental_key_list(unique_key) -%}
  {{ return([unique_key] if unique_key is string else unique_key) }}
{%- endmacro %}

{% macro incremental_column_list(columns) -%}
  {%- set names = [] -%}
  {%- for column in columns -%}{%- do names.append(column.quoted) -%}{%- endfor -%}
  {{ return(names | join(', ')) }}
{%- endmacro %}

{% macro incremental_predicate_sql(predicates) -%}
  {%- for p in ([predicates] if predicates is string else (predicates or [])) %} and ({{ p }}){% endfor -%}
{%- endmacro %}

{% macro incremental_apply_sql(strategy, args) -%}
  {%- if strategy == 'merge' and args['unique_key'] -%}
    {{ incremental_merge_sql(args) }}
  {%- else -%}
    {%- set cols = incremental_column_list(args['columns']) -%}
    insert into {{ args['target'] }} ({{ cols }})
    select {{ cols }} from {{ args['source'] }}
  {%- endif -%}
{%- endmacro %}

{% macro incremental_merge_sql(args) -%}
  {%- set keys = incremental_key_list(args['unique_key']) -%}
  {%- set key_names = keys | map('lower') | list -%}
  {%- set cols = incremental_column_list(args['columns']) -%}
  merge into {{ args['target'] }} as DBT_INTERNAL_DEST
  using {{ args['source'] }} as DBT_INTERNAL_SOURCE
  on {% for k in keys %}{% if not loop.first %} and {% endif %}DBT_INTERNAL_SOURCE.{{ k }} = DBT_INTERNAL_DEST.{{ k }}{% endfor %}
     {{- incremental_predicate_sql(args['predicates']) }}
  when matched then update set
  {%- for column in args['columns'] %}
    {{ column.quoted }} = DBT_INTERNAL_SOURCE.{{ column.quoted }}{% if not loop.last %},{% endif %}
  {%- endfor %}
  when not matched then insert ({{ cols }})
  values ({% for column in args['columns'] %}DBT_INTERNAL_SOURCE.{{ column.quoted }}{% if not loop.last %}, {% endif %}{% endfor %})
{%- endmacro %}

{% macro incremental_delete_sql(args) -%}
  {%- set keys = incremental_key_list(args['unique_key']) -%}
  delete from {{ args['target'] }} as DBT_INTERNAL_DEST
  where exists (
    select 1 from {{ args['source'] }} as DBT_INTERNAL_SOURCE
    where {% for k in keys %}{% if not loop.first %} and {% endif %}DBT_INTERNAL_SOURCE.{{ k }} = DBT_INTERNAL_DEST.{{ k }}{% endfor %}
  ){{ incremental_predicate_sql(args['predicates']) }}
{%- endmacro %}

{#- Compares the staged columns with the target's and acts per on_schema_change; returns the
    columns to insert. -#}
{% macro sync_schema_for_incremental(on_schema_change, source, target) -%}
  {%- set added = adapter.get_missing_columns(source, target) -%}
  {%- set removed = adapter.get_missing_columns(target, source) -%}
  {%- set source_types = {} -%}
  {%- for c in adapter.get_columns_in_relation(source) -%}
    {%- set key = c.name | lower -%}
    {%- do source_types.update({key: c}) -%}
  {%- endfor -%}
  {%- set changed = [] -%}
  {%- for c in adapter.get_columns_in_relation(target) -%}
    {%- set s = source_types.get(c.name | lower) -%}
    {%- if s is not none and (s.data_type | upper) != (c.data_type | upper) -%}{%- do changed.append(s) -%}{%- endif -%}
  {%- endfor -%}
  {%- set differs = added or removed or changed -%}
  {%- if differs and on_schema_change == 'fail' -%}
    {{ exceptions.raise_compiler_error("The columns of " ~ model.unique_id ~ " changed (new: "
        ~ (added | map(attribute='name') | join(', ') or 'none') ~ "; removed: "
        ~ (removed | map(attribute='name') | join(', ') or 'none') ~ "; new type: "
        ~ (changed | map(attribute='name') | join(', ') or 'none')
        ~ ") and on_schema_change is 'fail'. Run with --full-refresh, or set on_schema_change to append_new_columns or sync_all_columns.") }}
  {%- endif -%}
  {%- if differs and on_schema_change in ['append_new_columns', 'sync_all_columns'] -%}
    {%- for c in added -%}
      {%- call statement('dvt_add_column') -%}
        alter table {{ target }} add column {{ c.quoted }} {{ c.data_type }}
      {%- endcall -%}
    {%- endfor -%}
    {%- if on_schema_change == 'sync_all_columns' -%}
      {%- for c in removed -%}
        {%- call statement('dvt_drop_column') -%}
          alter table {{ target }} drop column {{ c.quoted }}
        {%- endcall -%}
      {%- endfor -%}
      {%- for c in changed -%}
        {%- call statement('dvt_alter_column') -%}
          alter table {{ target }} alter column {{ c.quoted }} type {{ c.data_type }}
        {%- endcall -%}
      {%- endfor -%}
    {%- endif -%}
  {%- endif -%}
  {%- if on_schema_change == 'append_new_columns' or on_schema_change == 'sync_all_columns' -%}
    {{ return(adapter.get_columns_in_relation(source)) }}
  {%- endif -%}
  {#- ignore: only the columns both have, in the target's order. -#}
  {%- set shared = [] -%}
  {%- for c in adapter.get_columns_in_relation(target) -%}
    {%- if (c.name | lower) in source_types -%}{%- do shared.append(c) -%}{%- endif -%}
  {%- endfor -%}
  {{ return(shared) }}
{%- endmacro %}
