{#- Set operators and arrays per database. -#}

{% macro except() -%}{{ adapter.dispatch('except', 'dbt')() }}{%- endmacro %}
{% macro default__except() -%}except{%- endmacro %}
{% macro bigquery__except() -%}except distinct{%- endmacro %}

{% macro intersect() -%}{{ adapter.dispatch('intersect', 'dbt')() }}{%- endmacro %}
{% macro default__intersect() -%}intersect{%- endmacro %}
{% macro bigquery__intersect() -%}intersect distinct{%- endmacro %}

{% macro array_construct(inputs=[], data_type='integer') -%}
  {{ adapter.dispatch('array_construct', 'dbt')(inputs, data_type) }}
{%- endmacro %}
{% macro default__array_construct(inputs, data_type) -%}
  {%- if inputs | length > 0 -%}array[ {{ inputs | join(' , ') }} ]{%- else -%}array[]::{{ data_type }}[]{%- endif -%}
{%- endmacro %}
{% macro duckdb__array_construct(inputs, data_type) -%}
  {%- if inputs | length > 0 -%}[ {{ inputs | join(' , ') }} ]{%- else -%}[]::{{ data_type }}[]{%- endif -%}
{%- endmacro %}
{% macro snowflake__array_construct(inputs, data_type) -%}array_construct( {{ inputs | join(' , ') }} ){%- endmacro %}
{% macro bigquery__array_construct(inputs, data_type) -%}
  {%- if inputs | length > 0 -%}[ {{ inputs | join(' , ') }} ]{%- else -%}array<{{ data_type }}>[]{%- endif -%}
{%- endmacro %}
{% macro mysql__array_construct(inputs, data_type) -%}json_array({{ inputs | join(', ') }}){%- endmacro %}

{% macro array_append(array, new_element) -%}{{ adapter.dispatch('array_append', 'dbt')(array, new_element) }}{%- endmacro %}
{% macro default__array_append(array, new_element) -%}array_append({{ array }}, {{ new_element }}){%- endmacro %}
{% macro duckdb__array_append(array, new_element) -%}list_append({{ array }}, {{ new_element }}){%- endmacro %}
{% macro bigquery__array_append(array, new_element) -%}array_concat({{ array }}, [{{ new_element }}]){%- endmacro %}
{% macro mysql__array_append(array, new_element) -%}json_array_append({{ array }}, '$', {{ new_element }}){%- endmacro %}

{% macro array_concat(array_1, array_2) -%}{{ adapter.dispatch('array_concat', 'dbt')(array_1, array_2) }}{%- endmacro %}
{% macro default__array_concat(array_1, array_2) -%}array_cat({{ array_1 }}, {{ array_2 }}){%- endmacro %}
{% macro duckdb__array_concat(array_1, array_2) -%}list_concat({{ array_1 }}, {{ array_2 }}){%- endmacro %}
{% macro snowflake__array_concat(array_1, array_2) -%}array_cat({{ array_1 }}, {{ array_2 }}){%- endmacro %}
{% macro bigquery__array_concat(array_1, array_2) -%}array_concat({{ array_1 }}, {{ array_2 }}){%- endmacro %}
{% macro mysql__array_concat(array_1, array_2) -%}json_merge_preserve({{ array_1 }}, {{ array_2 }}){%- endmacro %}
