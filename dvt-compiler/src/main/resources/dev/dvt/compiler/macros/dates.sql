{#- Date and time expressions per database. -#}

{% macro current_timestamp() -%}{{ adapter.dispatch('current_timestamp', 'dbt')() }}{%- endmacro %}
{% macro default__current_timestamp() -%}current_timestamp{%- endmacro %}
{% macro postgres__current_timestamp() -%}now(){%- endmacro %}
{% macro duckdb__current_timestamp() -%}now(){%- endmacro %}
{% macro snowflake__current_timestamp() -%}convert_timezone('UTC', current_timestamp()){%- endmacro %}
{% macro bigquery__current_timestamp() -%}current_timestamp(){%- endmacro %}
{% macro spark__current_timestamp() -%}current_timestamp(){%- endmacro %}
{% macro databricks__current_timestamp() -%}current_timestamp(){%- endmacro %}
{% macro sqlserver__current_timestamp() -%}sysdatetime(){%- endmacro %}

{% macro current_timestamp_backcompat() -%}{{ adapter.dispatch('current_timestamp_backcompat', 'dbt')() }}{%- endmacro %}
{% macro default__current_timestamp_backcompat() -%}current_timestamp::timestamp{%- endmacro %}
{% macro postgres__current_timestamp_backcompat() -%}current_timestamp::timestamp without time zone{%- endmacro %}
{% macro mysql__current_timestamp_backcompat() -%}current_timestamp{%- endmacro %}
{% macro bigquery__current_timestamp_backcompat() -%}current_timestamp{%- endmacro %}
{% macro sqlserver__current_timestamp_backcompat() -%}cast(sysdatetime() as datetime2(6)){%- endmacro %}

{% macro dateadd(datepart, interval, from_date_or_timestamp) -%}
  {{ adapter.dispatch('dateadd', 'dbt')(datepart, interval, from_date_or_timestamp) }}
{%- endmacro %}
{% macro default__dateadd(datepart, interval, from_date_or_timestamp) -%}
  dateadd({{ datepart }}, {{ interval }}, {{ from_date_or_timestamp }})
{%- endmacro %}
{% macro postgres__dateadd(datepart, interval, from_date_or_timestamp) -%}
  {{ from_date_or_timestamp }} + ((interval '1 {{ datepart }}') * ({{ interval }}))
{%- endmacro %}
{% macro duckdb__dateadd(datepart, interval, from_date_or_timestamp) -%}
  date_add({{ from_date_or_timestamp }}, interval ({{ interval }}) {{ datepart }})
{%- endmacro %}
{% macro mysql__dateadd(datepart, interval, from_date_or_timestamp) -%}
  date_add({{ from_date_or_timestamp }}, interval {{ interval }} {{ datepart }})
{%- endmacro %}
{% macro bigquery__dateadd(datepart, interval, from_date_or_timestamp) -%}
  datetime_add(cast({{ from_date_or_timestamp }} as datetime), interval {{ interval }} {{ datepart }})
{%- endmacro %}
{% macro spark__dateadd(datepart, interval, from_date_or_timestamp) -%}
  timestampadd({{ datepart }}, {{ interval }}, {{ from_date_or_timestamp }})
{%- endmacro %}
{% macro databricks__dateadd(datepart, interval, from_date_or_timestamp) -%}
  timestampadd({{ datepart }}, {{ interval }}, {{ from_date_or_timestamp }})
{%- endmacro %}
{% macro sqlserver__dateadd(datepart, interval, from_date_or_timestamp) -%}
  dateadd({{ datepart }}, {{ interval }}, cast({{ from_date_or_timestamp }} as datetime2))
{%- endmacro %}

{% macro datediff(first_date, second_date, datepart) -%}
  {{ adapter.dispatch('datediff', 'dbt')(first_date, second_date, datepart) }}
{%- endmacro %}
{% macro default__datediff(first_date, second_date, datepart) -%}
  datediff({{ datepart }}, {{ first_date }}, {{ second_date }})
{%- endmacro %}
{#- PostgreSQL has no datediff: count boundaries crossed, as the other databases do. -#}
{% macro postgres__datediff(first_date, second_date, datepart) -%}
  {%- set part = datepart | lower -%}
  {%- if part == 'year' -%}
    (date_part('year', ({{ second_date }})::date) - date_part('year', ({{ first_date }})::date))
  {%- elif part == 'quarter' -%}
    ((date_part('year', ({{ second_date }})::date) - date_part('year', ({{ first_date }})::date)) * 4 + date_part('quarter', ({{ second_date }})::date) - date_part('quarter', ({{ first_date }})::date))
  {%- elif part == 'month' -%}
    ((date_part('year', ({{ second_date }})::date) - date_part('year', ({{ first_date }})::date)) * 12 + date_part('month', ({{ second_date }})::date) - date_part('month', ({{ first_date }})::date))
  {%- elif part == 'day' -%}
    (({{ second_date }})::date - ({{ first_date }})::date)
  {%- elif part == 'week' -%}
    ((date_trunc('week', ({{ second_date }})::date)::date - date_trunc('week', ({{ first_date }})::date)::date) / 7)
  {%- elif part == 'hour' -%}
    ((({{ second_date }})::date - ({{ first_date }})::date) * 24 + date_part('hour', ({{ second_date }})::timestamp) - date_part('hour', ({{ first_date }})::timestamp))
  {%- elif part == 'minute' -%}
    (((({{ second_date }})::date - ({{ first_date }})::date) * 24 + date_part('hour', ({{ second_date }})::timestamp) - date_part('hour', ({{ first_date }})::timestamp)) * 60 + date_part('minute', ({{ second_date }})::timestamp) - date_part('minute', ({{ first_date }})::timestamp))
  {%- elif part == 'second' -%}
    floor(extract(epoch from ({{ second_date }})::timestamp) - extract(epoch from ({{ first_date }})::timestamp))
  {%- elif part == 'millisecond' -%}
    floor((extract(epoch from ({{ second_date }})::timestamp) - extract(epoch from ({{ first_date }})::timestamp)) * 1000)
  {%- else -%}
    {{ exceptions.raise_compiler_error("datediff does not support the date part '" ~ datepart ~ "' on postgres") }}
  {%- endif -%}
{%- endmacro %}
{% macro duckdb__datediff(first_date, second_date, datepart) -%}
  date_diff('{{ datepart }}', ({{ first_date }})::timestamp, ({{ second_date }})::timestamp)
{%- endmacro %}
{% macro mysql__datediff(first_date, second_date, datepart) -%}
  timestampdiff({{ datepart }}, {{ first_date }}, {{ second_date }})
{%- endmacro %}
{% macro bigquery__datediff(first_date, second_date, datepart) -%}
  datetime_diff(cast({{ second_date }} as datetime), cast({{ first_date }} as datetime), {{ datepart }})
{%- endmacro %}
{% macro spark__datediff(first_date, second_date, datepart) -%}
  timestampdiff({{ datepart }}, {{ first_date }}, {{ second_date }})
{%- endmacro %}
{% macro databricks__datediff(first_date, second_date, datepart) -%}
  timestampdiff({{ datepart }}, {{ first_date }}, {{ second_date }})
{%- endmacro %}

{% macro date_trunc(datepart, date) -%}{{ adapter.dispatch('date_trunc', 'dbt')(datepart, date) }}{%- endmacro %}
{% macro default__date_trunc(datepart, date) -%}date_trunc('{{ datepart }}', {{ date }}){%- endmacro %}
{% macro bigquery__date_trunc(datepart, date) -%}timestamp_trunc(cast({{ date }} as timestamp), {{ datepart }}){%- endmacro %}
{% macro sqlserver__date_trunc(datepart, date) -%}datetrunc({{ datepart }}, cast({{ date }} as datetime2(6))){%- endmacro %}
{#- MySQL has no date_trunc: rebuild the value from its formatted prefix. -#}
{% macro mysql__date_trunc(datepart, date) -%}
  {%- set part = datepart | lower -%}
  {%- if part == 'year' -%}str_to_date(date_format({{ date }}, '%Y-01-01'), '%Y-%m-%d')
  {%- elif part == 'quarter' -%}makedate(year({{ date }}), 1) + interval (quarter({{ date }}) - 1) quarter
  {%- elif part == 'month' -%}str_to_date(date_format({{ date }}, '%Y-%m-01'), '%Y-%m-%d')
  {%- elif part == 'week' -%}date_sub(date({{ date }}), interval weekday({{ date }}) day)
  {%- elif part == 'day' -%}date({{ date }})
  {%- elif part == 'hour' -%}str_to_date(date_format({{ date }}, '%Y-%m-%d %H:00:00'), '%Y-%m-%d %H:%i:%s')
  {%- elif part == 'minute' -%}str_to_date(date_format({{ date }}, '%Y-%m-%d %H:%i:00'), '%Y-%m-%d %H:%i:%s')
  {%- else -%}{{ exceptions.raise_compiler_error("date_trunc does not support the date part '" ~ datepart ~ "' on mysql") }}
  {%- endif -%}
{%- endmacro %}

{% macro last_day(date, datepart) -%}{{ adapter.dispatch('last_day', 'dbt')(date, datepart) }}{%- endmacro %}
{% macro default__last_day(date, datepart) -%}
  cast({{ dbt.dateadd('day', '-1', dbt.dateadd(datepart, '1', dbt.date_trunc(datepart, date))) }} as date)
{%- endmacro %}
{% macro mysql__last_day(date, datepart) -%}
  {%- if datepart | lower == 'month' -%}last_day({{ date }}){%- else -%}{{ dbt.default__last_day(date, datepart) }}{%- endif -%}
{%- endmacro %}
{% macro bigquery__last_day(date, datepart) -%}last_day({{ date }}, {{ datepart }}){%- endmacro %}
{% macro snowflake__last_day(date, datepart) -%}last_day({{ date }}, '{{ datepart }}'){%- endmacro %}

{#- A date literal from its parts. -#}
{% macro date(year, month, day) -%}{{ adapter.dispatch('date', 'dbt')(year, month, day) }}{%- endmacro %}
{% macro default__date(year, month, day) -%}cast('{{ '%04d-%02d-%02d' % (year, month, day) }}' as date){%- endmacro %}
{% macro bigquery__date(year, month, day) -%}date({{ year }}, {{ month }}, {{ day }}){%- endmacro %}

{#- A relation of one column generated_number holding 1..upper_bound, portable SQL. -#}
{% macro get_powers_of_two(upper_bound) -%}{{ return(adapter.dispatch('get_powers_of_two', 'dbt')(upper_bound)) }}{%- endmacro %}
{% macro default__get_powers_of_two(upper_bound) -%}
  {%- if upper_bound <= 0 -%}
    {{ exceptions.raise_compiler_error("get_powers_of_two needs an upper bound above 0") }}
  {%- endif -%}
  {%- set ns = namespace(n=1) -%}
  {%- for i in range(64) -%}{%- if 2 ** ns.n < upper_bound -%}{%- set ns.n = ns.n + 1 -%}{%- endif -%}{%- endfor -%}
  {{ return(ns.n) }}
{%- endmacro %}

{% macro generate_series(upper_bound) -%}{{ adapter.dispatch('generate_series', 'dbt')(upper_bound) }}{%- endmacro %}
{% macro default__generate_series(upper_bound) -%}
  {%- set n = dbt.get_powers_of_two(upper_bound) -%}
  with p as (select 0 as generated_number union all select 1)
  , unioned as (
    select
    {% for i in range(n) -%}
    p{{ i }}.generated_number * power(2, {{ i }}){% if not loop.last %} +{% endif %}
    {% endfor -%}
    + 1 as generated_number
    from
    {% for i in range(n) -%}
    p as p{{ i }}{% if not loop.last %} cross join{% endif %}
    {% endfor %}
  )
  select * from unioned where generated_number <= {{ upper_bound }} order by generated_number
{%- endmacro %}
