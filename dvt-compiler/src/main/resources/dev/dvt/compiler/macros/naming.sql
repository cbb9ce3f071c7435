{#- Where a node is built. Projects override these by defining a macro of the same name. -#}

{% macro generate_schema_name(custom_schema_name=none, node=none) -%}
  {{- adapter.dispatch('generate_schema_name', 'dbt')(custom_schema_name, node) -}}
{%- endmacro %}

{#- The target schema, suffixed with the custom schema when a node sets one. -#}
{% macro default__generate_schema_name(custom_schema_name, node) -%}
  {%- if custom_schema_name is none -%}
    {{- target.schema -}}
  {%- else -%}
    {{- target.schema -}}_{{- custom_schema_name | trim -}}
  {%- endif -%}
{%- endmacro %}

{#- Custom schema used as is on the target named prod, ignored elsewhere. -#}
{% macro generate_schema_name_for_env(custom_schema_name, node) -%}
  {%- if target.name == 'prod' and custom_schema_name is not none -%}
    {{- custom_schema_name | trim -}}
  {%- else -%}
    {{- target.schema -}}
  {%- endif -%}
{%- endmacro %}

{% macro generate_alias_name(custom_alias_name=none, node=none) -%}
  {{- adapter.dispatch('generate_alias_name', 'dbt')(custom_alias_name, node) -}}
{%- endmacro %}

{% macro default__generate_alias_name(custom_alias_name, node) -%}
  {%- if custom_alias_name is not none -%}
    {{- custom_alias_name | trim -}}
  {%- elif node.version is not none and node.version is defined -%}
    {{- node.name ~ '_v' ~ (node.version | replace('.', '_')) -}}
  {%- else -%}
    {{- node.name -}}
  {%- endif -%}
{%- endmacro %}

{% macro generate_database_name(custom_database_name=none, node=none) -%}
  {{- adapter.dispatch('generate_database_name', 'dbt')(custom_database_name, node) -}}
{%- endmacro %}

{% macro default__generate_database_name(custom_database_name, node) -%}
  {%- if custom_database_name is none -%}
    {{- target.database -}}
  {%- else -%}
    {{- custom_database_name | trim -}}
  {%- endif -%}
{%- endmacro %}
