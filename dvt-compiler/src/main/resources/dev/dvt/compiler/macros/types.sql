{#- Column type names per database, for casts and DDL in portable SQL. -#}

{% macro type_string() %}{{ return(adapter.dispatch('type_string', 'dbt')()) }}{% endmacro %}
{% macro default__type_string() %}{{ return('varchar') }}{% endmacro %}
{% macro postgres__type_string() %}{{ return('text') }}{% endmacro %}
{% macro mysql__type_string() %}{{ return('char') }}{% endmacro %}
{% macro bigquery__type_string() %}{{ return('string') }}{% endmacro %}
{% macro spark__type_string() %}{{ return('string') }}{% endmacro %}
{% macro databricks__type_string() %}{{ return('string') }}{% endmacro %}
{% macro sqlserver__type_string() %}{{ return('varchar(8000)') }}{% endmacro %}

{% macro type_timestamp() %}{{ return(adapter.dispatch('type_timestamp', 'dbt')()) }}{% endmacro %}
{% macro default__type_timestamp() %}{{ return('timestamp') }}{% endmacro %}
{% macro postgres__type_timestamp() %}{{ return('timestamp without time zone') }}{% endmacro %}
{% macro mysql__type_timestamp() %}{{ return('datetime') }}{% endmacro %}
{% macro snowflake__type_timestamp() %}{{ return('timestamp_ntz') }}{% endmacro %}
{% macro sqlserver__type_timestamp() %}{{ return('datetime2(6)') }}{% endmacro %}

{% macro type_float() %}{{ return(adapter.dispatch('type_float', 'dbt')()) }}{% endmacro %}
{% macro default__type_float() %}{{ return('float') }}{% endmacro %}
{% macro duckdb__type_float() %}{{ return('double') }}{% endmacro %}
{% macro mysql__type_float() %}{{ return('double') }}{% endmacro %}
{% macro bigquery__type_float() %}{{ return('float64') }}{% endmacro %}

{% macro type_numeric() %}{{ return(adapter.dispatch('type_numeric', 'dbt')()) }}{% endmacro %}
{% macro default__type_numeric() %}{{ return('numeric(28,6)') }}{% endmacro %}
{% macro mysql__type_numeric() %}{{ return('decimal(28,6)') }}{% endmacro %}
{% macro bigquery__type_numeric() %}{{ return('numeric') }}{% endmacro %}
{% macro spark__type_numeric() %}{{ return('decimal(28,6)') }}{% endmacro %}
{% macro databricks__type_numeric() %}{{ return('decimal(28,6)') }}{% endmacro %}

{% macro type_bigint() %}{{ return(adapter.dispatch('type_bigint', 'dbt')()) }}{% endmacro %}
{% macro default__type_bigint() %}{{ return('bigint') }}{% endmacro %}
{% macro mysql__type_bigint() %}{{ return('signed') }}{% endmacro %}
{% macro bigquery__type_bigint() %}{{ return('int64') }}{% endmacro %}

{% macro type_int() %}{{ return(adapter.dispatch('type_int', 'dbt')()) }}{% endmacro %}
{% macro default__type_int() %}{{ return('integer') }}{% endmacro %}
{% macro mysql__type_int() %}{{ return('signed') }}{% endmacro %}
{% macro bigquery__type_int() %}{{ return('int64') }}{% endmacro %}
{% macro spark__type_int() %}{{ return('int') }}{% endmacro %}
{% macro databricks__type_int() %}{{ return('int') }}{% endmacro %}

{% macro type_boolean() %}{{ return(adapter.dispatch('type_boolean', 'dbt')()) }}{% endmacro %}
{% macro default__type_boolean() %}{{ return('boolean') }}{% endmacro %}
{% macro bigquery__type_boolean() %}{{ return('bool') }}{% endmacro %}
{% macro sqlserver__type_boolean() %}{{ return('bit') }}{% endmacro %}
