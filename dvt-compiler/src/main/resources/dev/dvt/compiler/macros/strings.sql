{#- String, cast and aggregate expressions per database. -#}

{% macro concat(fields) -%}{{ adapter.dispatch('concat', 'dbt')(fields) }}{%- endmacro %}
{% macro default__concat(fields) -%}{{ fields | join(' || ') }}{%- endmacro %}
{% macro mysql__concat(fields) -%}concat({{ fields | join(', ') }}){%- endmacro %}
{% macro bigquery__concat(fields) -%}concat({{ fields | join(', ') }}){%- endmacro %}
{% macro sqlserver__concat(fields) -%}concat({{ fields | join(', ') }}){%- endmacro %}
{% macro spark__concat(fields) -%}concat({{ fields | join(', ') }}){%- endmacro %}
{% macro databricks__concat(fields) -%}concat({{ fields | join(', ') }}){%- endmacro %}

{% macro hash(field) -%}{{ adapter.dispatch('hash', 'dbt')(field) }}{%- endmacro %}
{% macro default__hash(field) -%}md5(cast({{ field }} as {{ dbt.type_string() }})){%- endmacro %}
{% macro bigquery__hash(field) -%}to_hex(md5(cast({{ field }} as string))){%- endmacro %}
{% macro sqlserver__hash(field) -%}lower(convert(varchar(50), hashbytes('md5', coalesce(convert(varchar(8000), {{ field }}), '')), 2)){%- endmacro %}

{% macro cast(field, type) -%}{{ adapter.dispatch('cast', 'dbt')(field, type) }}{%- endmacro %}
{% macro default__cast(field, type) -%}cast({{ field }} as {{ type }}){%- endmacro %}

{% macro safe_cast(field, type) -%}{{ adapter.dispatch('safe_cast', 'dbt')(field, type) }}{%- endmacro %}
{% macro default__safe_cast(field, type) -%}cast({{ field }} as {{ type }}){%- endmacro %}
{% macro duckdb__safe_cast(field, type) -%}try_cast({{ field }} as {{ type }}){%- endmacro %}
{% macro snowflake__safe_cast(field, type) -%}try_cast({{ field }} as {{ type }}){%- endmacro %}
{% macro sqlserver__safe_cast(field, type) -%}try_cast({{ field }} as {{ type }}){%- endmacro %}
{% macro spark__safe_cast(field, type) -%}try_cast({{ field }} as {{ type }}){%- endmacro %}
{% macro databricks__safe_cast(field, type) -%}try_cast({{ field }} as {{ type }}){%- endmacro %}
{% macro bigquery__safe_cast(field, type) -%}safe_cast({{ field }} as {{ type }}){%- endmacro %}

{% macro cast_bool_to_text(field) -%}{{ adapter.dispatch('cast_bool_to_text', 'dbt')(field) }}{%- endmacro %}
{% macro default__cast_bool_to_text(field) -%}cast({{ field }} as {{ dbt.type_string() }}){%- endmacro %}
{#- These databases store booleans as numbers; spell them out as the others do. -#}
{% macro mysql__cast_bool_to_text(field) -%}case when {{ field }} then 'true' when not {{ field }} then 'false' end{%- endmacro %}
{% macro sqlserver__cast_bool_to_text(field) -%}case {{ field }} when 1 then 'true' when 0 then 'false' end{%- endmacro %}

{% macro split_part(string_text, delimiter_text, part_number) -%}
  {{ adapter.dispatch('split_part', 'dbt')(string_text, delimiter_text, part_number) }}
{%- endmacro %}
{% macro default__split_part(string_text, delimiter_text, part_number) -%}
  {%- if part_number >= 0 -%}
    split_part({{ string_text }}, {{ delimiter_text }}, {{ part_number }})
  {%- else -%}
    {#- Count parts from the end: the number of delimiters plus 2 plus the negative index. -#}
    split_part({{ string_text }}, {{ delimiter_text }}, length({{ string_text }}) - length(replace({{ string_text }}, {{ delimiter_text }}, '')) + 2 + {{ part_number }})
  {%- endif -%}
{%- endmacro %}
{% macro mysql__split_part(string_text, delimiter_text, part_number) -%}
  {%- if part_number >= 0 -%}
    substring_index(substring_index({{ string_text }}, {{ delimiter_text }}, {{ part_number }}), {{ delimiter_text }}, -1)
  {%- else -%}
    substring_index(substring_index({{ string_text }}, {{ delimiter_text }}, {{ part_number }}), {{ delimiter_text }}, 1)
  {%- endif -%}
{%- endmacro %}
{% macro bigquery__split_part(string_text, delimiter_text, part_number) -%}
  {%- if part_number >= 0 -%}
    split({{ string_text }}, {{ delimiter_text }})[safe_offset({{ part_number - 1 }})]
  {%- else -%}
    split({{ string_text }}, {{ delimiter_text }})[safe_offset(array_length(split({{ string_text }}, {{ delimiter_text }})) {{ part_number }})]
  {%- endif -%}
{%- endmacro %}

{% macro listagg(measure, delimiter_text="','", order_by_clause=none, limit_num=none) -%}
  {{ adapter.dispatch('listagg', 'dbt')(measure, delimiter_text, order_by_clause, limit_num) }}
{%- endmacro %}
{% macro default__listagg(measure, delimiter_text, order_by_clause, limit_num) -%}
  {%- if limit_num -%}
    array_to_string(array_slice(array_agg({{ measure }}){% if order_by_clause %} within group ({{ order_by_clause }}){% endif %}, 0, {{ limit_num }}), {{ delimiter_text }})
  {%- else -%}
    listagg({{ measure }}, {{ delimiter_text }}){% if order_by_clause %} within group ({{ order_by_clause }}){% endif %}
  {%- endif -%}
{%- endmacro %}
{% macro postgres__listagg(measure, delimiter_text, order_by_clause, limit_num) -%}
  {%- if limit_num -%}
    array_to_string((array_agg({{ measure }}{% if order_by_clause %} {{ order_by_clause }}{% endif %}))[1:{{ limit_num }}], {{ delimiter_text }})
  {%- else -%}
    string_agg({{ measure }}, {{ delimiter_text }}{% if order_by_clause %} {{ order_by_clause }}{% endif %})
  {%- endif -%}
{%- endmacro %}
{% macro duckdb__listagg(measure, delimiter_text, order_by_clause, limit_num) -%}
  {%- if limit_num -%}
    array_to_string(list_slice(array_agg({{ measure }}{% if order_by_clause %} {{ order_by_clause }}{% endif %}), 1, {{ limit_num }}), {{ delimiter_text }})
  {%- else -%}
    string_agg({{ measure }}, {{ delimiter_text }}{% if order_by_clause %} {{ order_by_clause }}{% endif %})
  {%- endif -%}
{%- endmacro %}
{% macro mysql__listagg(measure, delimiter_text, order_by_clause, limit_num) -%}
  {%- if limit_num -%}
    substring_index(group_concat({{ measure }}{% if order_by_clause %} {{ order_by_clause }}{% endif %} separator {{ delimiter_text }}), {{ delimiter_text }}, {{ limit_num }})
  {%- else -%}
    group_concat({{ measure }}{% if order_by_clause %} {{ order_by_clause }}{% endif %} separator {{ delimiter_text }})
  {%- endif -%}
{%- endmacro %}
{% macro bigquery__listagg(measure, delimiter_text, order_by_clause, limit_num) -%}
  string_agg({{ measure }}, {{ delimiter_text }}{% if order_by_clause %} {{ order_by_clause }}{% endif %}{% if limit_num %} limit {{ limit_num }}{% endif %})
{%- endmacro %}
{% macro sqlserver__listagg(measure, delimiter_text, order_by_clause, limit_num) -%}
  string_agg({{ measure }}, {{ delimiter_text }}){% if order_by_clause %} within group ({{ order_by_clause }}){% endif %}
{%- endmacro %}
{% macro spark__listagg(measure, delimiter_text, order_by_clause, limit_num) -%}
  array_join({% if limit_num %}slice(collect_list({{ measure }}), 1, {{ limit_num }}){% else %}collect_list({{ measure }}){% endif %}, {{ delimiter_text }})
{%- endmacro %}

{% macro any_value(expression) -%}{{ adapter.dispatch('any_value', 'dbt')(expression) }}{%- endmacro %}
{% macro default__any_value(expression) -%}any_value({{ expression }}){%- endmacro %}
{% macro postgres__any_value(expression) -%}min({{ expression }}){%- endmacro %}
{% macro sqlserver__any_value(expression) -%}min({{ expression }}){%- endmacro %}
{% macro spark__any_value(expression) -%}first({{ expression }}){%- endmacro %}

{% macro bool_or(expression) -%}{{ adapter.dispatch('bool_or', 'dbt')(expression) }}{%- endmacro %}
{% macro default__bool_or(expression) -%}bool_or({{ expression }}){%- endmacro %}
{% macro mysql__bool_or(expression) -%}max({{ expression }}){%- endmacro %}
{% macro snowflake__bool_or(expression) -%}boolor_agg({{ expression }}){%- endmacro %}
{% macro bigquery__bool_or(expression) -%}logical_or({{ expression }}){%- endmacro %}

{% macro position(substring_text, string_text) -%}{{ adapter.dispatch('position', 'dbt')(substring_text, string_text) }}{%- endmacro %}
{% macro default__position(substring_text, string_text) -%}position({{ substring_text }} in {{ string_text }}){%- endmacro %}
{% macro bigquery__position(substring_text, string_text) -%}strpos({{ string_text }}, {{ substring_text }}){%- endmacro %}
{% macro sqlserver__position(substring_text, string_text) -%}charindex({{ substring_text }}, {{ string_text }}){%- endmacro %}

{% macro length(expression) -%}{{ adapter.dispatch('length', 'dbt')(expression) }}{%- endmacro %}
{% macro default__length(expression) -%}length({{ expression }}){%- endmacro %}
{% macro mysql__length(expression) -%}char_length({{ expression }}){%- endmacro %}
{% macro sqlserver__length(expression) -%}len({{ expression }}){%- endmacro %}

{% macro replace(field, old_chars, new_chars) -%}{{ adapter.dispatch('replace', 'dbt')(field, old_chars, new_chars) }}{%- endmacro %}
{% macro default__replace(field, old_chars, new_chars) -%}replace({{ field }}, {{ old_chars }}, {{ new_chars }}){%- endmacro %}

{% macro right(string_text, length_expression) -%}{{ adapter.dispatch('right', 'dbt')(string_text, length_expression) }}{%- endmacro %}
{% macro default__right(string_text, length_expression) -%}right({{ string_text }}, {{ length_expression }}){%- endmacro %}
{% macro bigquery__right(string_text, length_expression) -%}
  case when {{ length_expression }} = 0 then '' else substr({{ string_text }}, -1 * ({{ length_expression }})) end
{%- endmacro %}

{% macro escape_single_quotes(expression) -%}{{ adapter.dispatch('escape_single_quotes', 'dbt')(expression) }}{%- endmacro %}
{% macro default__escape_single_quotes(expression) -%}{{ expression | replace("'", "''") }}{%- endmacro %}
{% macro bigquery__escape_single_quotes(expression) -%}{{ expression | replace("'", "\\'") }}{%- endmacro %}
{% macro spark__escape_single_quotes(expression) -%}{{ expression | replace("'", "\\'") }}{%- endmacro %}
{% macro databricks__escape_single_quotes(expression) -%}{{ expression | replace("'", "\\'") }}{%- endmacro %}

{% macro string_literal(value) -%}{{ adapter.dispatch('string_literal', 'dbt')(value) }}{%- endmacro %}
{% macro default__string_literal(value) -%}'{{ value }}'{%- endmacro %}
