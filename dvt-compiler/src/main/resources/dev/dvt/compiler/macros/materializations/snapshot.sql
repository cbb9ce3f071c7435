{#- snapshot: type-2 history. Each run stages the query with dbt_scd_id and dbt_updated_at,
    closes the current rows whose source row changed (timestamp: updated_at moved forward;
    check: a checked column differs), optionally closes rows whose key vanished (hard deletes),
    and inserts a current row for every key that has none. -#}
{% materialization snapshot, default %}
  {%- set strategy = config.get('strategy') -%}
  {%- set unique_key = config.require('unique_key') -%}
  {%- set keys = [unique_key] if unique_key is string else unique_key -%}
  {%- set hard_deletes = snapshot_hard_deletes() -%}
  {%- set current_value = config.get('dbt_valid_to_current') -%}
  {%- set now = snapshot_get_time() -%}
  {%- if strategy == 'timestamp' -%}
    {%- set updated_at = config.require('updated_at') -%}
  {%- elif strategy == 'check' -%}
    {%- set updated_at = now -%}
  {%- else -%}
    {{ exceptions.raise_compiler_error("snapshot " ~ model.unique_id ~ " has strategy '" ~ strategy
        ~ "'; use 'timestamp' (with updated_at) or 'check' (with check_cols)") }}
  {%- endif -%}
  {%- set existing = load_relation(this) -%}
  {%- set target = this.incorporate(type='table') -%}
  {%- set staging = make_temp_relation(target, suffix='__dvt_snapshot') -%}
  {%- set staged_sql = snapshot_staging_sql(sql, keys, updated_at) -%}
  {%- do drop_relation_if_exists(load_relation(staging)) -%}

  {{ run_hooks(pre_hooks, inside_transaction=False) }}
  {%- do adapter.begin() -%}
  {{ run_hooks(pre_hooks, inside_transaction=True) }}

  {%- if existing is none -%}
    {%- call statement('main') -%}
      create table {{ target }} as
      select *,
        dbt_updated_at as dbt_valid_from,
        {{ snapshot_current_value('dbt_updated_at', current_value) }} as dbt_valid_to
      from ({{ staged_sql }}) as dvt_snapshot_source
    {%- endcall -%}
  {%- else -%}
    {%- call statement('dvt_snapshot_staging') -%}
      create table {{ staging }} as {{ staged_sql }}
    {%- endcall -%}
    {%- set is_current = snapshot_is_current('t', current_value) -%}
    {%- set keys_match = snapshot_keys_match(keys, 's', 't') -%}
    {%- call statement('dvt_snapshot_close_changed') -%}
      {{ snapshot_update_from(target, staging, 'dbt_valid_to', 's.dbt_updated_at',
          keys_match ~ ' and ' ~ is_current ~ ' and ' ~ snapshot_changed(strategy, keys, staging, 's', 't')) }}
    {%- endcall -%}
    {%- if hard_deletes == 'invalidate' -%}
      {%- call statement('dvt_snapshot_close_deleted') -%}
        update {{ target }} as t
        set dbt_valid_to = {{ now }}
        where {{ is_current }}
          and not exists (select 1 from {{ staging }} as s where {{ keys_match }})
      {%- endcall -%}
    {%- endif -%}
    {%- set columns = [] -%}
    {%- for c in adapter.get_columns_in_relation(target) -%}
      {%- if (c.name | lower) not in ['dbt_valid_from', 'dbt_valid_to'] -%}{%- do columns.append(c.quoted) -%}{%- endif -%}
    {%- endfor -%}
    {%- call statement('main') -%}
      insert into {{ target }} ({{ columns | join(', ') }}, dbt_valid_from, dbt_valid_to)
      select {% for c in columns %}s.{{ c }}, {% endfor %}s.dbt_updated_at,
        {{ snapshot_current_value('s.dbt_updated_at', current_value) }}
      from {{ staging }} as s
      where not exists (select 1 from {{ target }} as t where {{ keys_match }} and {{ is_current }})
    {%- endcall -%}
    {%- do adapter.drop_relation(staging) -%}
  {%- endif -%}
  {%- do persist_docs(target, model) -%}

  {{ run_hooks(post_hooks, inside_transaction=True) }}
  {%- do adapter.commit() -%}
  {{ run_hooks(post_hooks, inside_transaction=False) }}

  {{ return({'relations': [target]}) }}
{% endmaterialization %}

{#- UPDATE target t from staging s: standard UPDATE … FROM, MySQL's UPDATE … JOIN. -#}
{% macro snapshot_update_from(target, staging, column, value, condition) -%}
  {{ adapter.dispatch('snapshot_update_from', 'dbt')(target, staging, column, value, condition) }}
{%- endmacro %}

{% macro default__snapshot_update_from(target, staging, column, value, condition) -%}
  update {{ target }} as t
  set {{ column }} = {{ value }}
  from {{ staging }} as s
  where {{ condition }}
{%- endmacro %}

{% macro mysql__snapshot_update_from(target, staging, column, value, condition) -%}
  update {{ target }} as t
  join {{ staging }} as s on {{ condition }}
  set t.{{ column }} = {{ value }}
{%- endmacro %}

{#- Null-safe "differs": standard IS DISTINCT FROM, MySQL's negated <=>. -#}
{% macro snapshot_is_distinct(left, right) -%}
  {{ return(adapter.dispatch('snapshot_is_distinct', 'dbt')(left, right)) }}
{%- endmacro %}

{% macro default__snapshot_is_distinct(left, right) -%}
  {{ return(left ~ " is distinct from " ~ right) }}
{%- endmacro %}

{% macro mysql__snapshot_is_distinct(left, right) -%}
  {{ return("not (" ~ left ~ " <=> " ~ right ~ ")") }}
{%- endmacro %}

{% macro snapshot_get_time() -%}
  {{ return(adapter.dispatch('snapshot_get_time', 'dbt')()) }}
{%- endmacro %}

{% macro default__snapshot_get_time() -%}
  {{ return("cast(" ~ dbt.current_timestamp() ~ " as " ~ dbt.type_timestamp() ~ ")") }}
{%- endmacro %}

{#- hard_deletes (dbt 1.9) or the older invalidate_hard_deletes flag. -#}
{% macro snapshot_hard_deletes() -%}
  {%- set value = config.get('hard_deletes') or ('invalidate' if config.get('invalidate_hard_deletes') else 'ignore') -%}
  {%- if value not in ['ignore', 'invalidate'] -%}
    {{ exceptions.raise_compiler_error("hard_deletes '" ~ value ~ "' of " ~ model.unique_id
        ~ " is not supported; use 'ignore' or 'invalidate'") }}
  {%- endif -%}
  {{ return(value) }}
{%- endmacro %}

{% macro snapshot_staging_sql(sql, keys, updated_at) -%}
  {#- Portable across databases: the cross-database concat and hash macros, text casts via type_string. -#}
  {%- set parts = [] -%}
  {%- for k in keys + [updated_at] -%}
    {%- if not loop.first -%}{%- do parts.append("'|'") -%}{%- endif -%}
    {%- do parts.append("coalesce(cast(" ~ k ~ " as " ~ dbt.type_string() ~ "), '')") -%}
  {%- endfor -%}
  select dvt_snapshot_query.*,
    {{ dbt.hash(dbt.concat(parts)) }} as dbt_scd_id,
    {{ updated_at }} as dbt_updated_at
  from (
    {{ sql }}
  ) as dvt_snapshot_query
{%- endmacro %}

{#- The dbt_valid_to of a current row: NULL, or dbt_valid_to_current, typed like the timestamps. -#}
{% macro snapshot_current_value(typed_like, current_value) -%}
  {%- if current_value -%}
    coalesce(nullif({{ typed_like }}, {{ typed_like }}), {{ current_value }})
  {%- else -%}
    nullif({{ typed_like }}, {{ typed_like }})
  {%- endif -%}
{%- endmacro %}

{% macro snapshot_is_current(alias, current_value) -%}
  {%- if current_value -%}
    {{ return("(" ~ alias ~ ".dbt_valid_to is null or " ~ alias ~ ".dbt_valid_to = " ~ current_value ~ ")") }}
  {%- else -%}
    {{ return(alias ~ ".dbt_valid_to is null") }}
  {%- endif -%}
{%- endmacro %}

{% macro snapshot_keys_match(keys, left, right) -%}
  {%- set parts = [] -%}
  {%- for k in keys -%}{%- do parts.append(left ~ "." ~ k ~ " = " ~ right ~ "." ~ k) -%}{%- endfor -%}
  {{ return("(" ~ parts | join(" and ") ~ ")") }}
{%- endmacro %}

{% macro snapshot_changed(strategy, keys, staging, new, old) -%}
  {%- if strategy == 'timestamp' -%}
    {{ return("(" ~ new ~ ".dbt_updated_at > " ~ old ~ ".dbt_updated_at)") }}
  {%- endif -%}
  {%- set check_cols = config.get('check_cols') or 'all' -%}
  {%- if check_cols == 'all' -%}
    {%- set check_cols = [] -%}
    {%- set key_names = keys | map('lower') | list -%}
    {%- for c in adapter.get_columns_in_relation(staging) -%}
      {%- if (c.name | lower) not in key_names and (c.name | lower) not in ['dbt_scd_id', 'dbt_updated_at'] -%}
        {%- do check_cols.append(c.quoted) -%}
      {%- endif -%}
    {%- endfor -%}
  {%- endif -%}
  {%- set parts = [] -%}
  {%- for c in check_cols -%}{%- do parts.append(snapshot_is_distinct(new ~ "." ~ c, old ~ "." ~ c)) -%}{%- endfor -%}
  {{ return("(" ~ (parts | join(" or ") if parts else "false") ~ ")") }}
{%- endmacro %}
