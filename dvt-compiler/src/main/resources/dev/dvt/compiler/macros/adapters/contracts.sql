{#- Model contracts: the query must produce exactly the declared columns with the declared types. -#}

{#- A query with no rows whose columns have the declared names and types, so the database names the types its own way. -#}
{% macro get_empty_schema_sql(columns) -%}
  select
  {%- for name, column in columns.items() %}
    cast(null as {{ column.data_type }}) as {{ adapter.quote(name) }}{% if not loop.last %},{% endif %}
  {%- endfor %}
{%- endmacro %}

{% macro assert_columns_equivalent(sql) -%}
  {%- set declared = adapter.get_column_schema_from_query(get_empty_schema_sql(model.columns)) -%}
  {%- set actual = adapter.get_column_schema_from_query(sql) -%}
  {%- set actual_types = {} -%}
  {%- for column in actual -%}
    {%- set key = column.name | lower -%}
    {%- do actual_types.update({key: column.data_type}) -%}
  {%- endfor -%}
  {%- set declared_names = declared | map(attribute='name') | map('lower') | list -%}
  {%- set problems = [] -%}
  {%- for column in declared -%}
    {%- set found = actual_types.get(column.name | lower) -%}
    {%- if found is none -%}
      {%- do problems.append("column '" ~ column.name ~ "' (" ~ column.data_type ~ ") is declared but the query does not return it") -%}
    {%- elif (found | upper) != (column.data_type | upper) -%}
      {%- do problems.append("column '" ~ column.name ~ "' is declared " ~ column.data_type ~ " but the query returns " ~ found) -%}
    {%- endif -%}
  {%- endfor -%}
  {%- for column in actual -%}
    {%- if (column.name | lower) not in declared_names -%}
      {%- do problems.append("column '" ~ column.name ~ "' (" ~ column.data_type ~ ") is returned by the query but not declared in the contract") -%}
    {%- endif -%}
  {%- endfor -%}
  {%- if problems -%}
    {{ exceptions.raise_compiler_error("The enforced contract of " ~ model.unique_id ~ " does not match its query:\n  - "
        ~ problems | join("\n  - ") ~ "\nChange the model's SQL or the columns (name, data_type) in its properties file.") }}
  {%- endif -%}
{%- endmacro %}

{#- CREATE TABLE with the declared columns, types and constraints, then the rows. -#}
{% macro create_table_with_contract(relation, sql) -%}
  {%- call statement('contract_table') -%}
    create table {{ relation }} (
    {%- for name, column in model.columns.items() %}
      {{ adapter.quote(name) }} {{ column.data_type }}
      {%- for c in column.get('constraints', []) -%}
        {%- if c.type == 'not_null' %} not null
        {%- elif c.type == 'unique' %} unique
        {%- elif c.type == 'primary_key' %} primary key
        {%- elif c.type == 'check' and c.expression %} check ({{ c.expression }})
        {%- endif -%}
      {%- endfor -%}
      {% if not loop.last %},{% endif %}
    {%- endfor %}
    {%- for c in model.get('constraints', []) -%}
      {%- if c.type == 'primary_key' %}, primary key ({{ c.columns | join(', ') }})
      {%- elif c.type == 'unique' %}, unique ({{ c.columns | join(', ') }})
      {%- elif c.type == 'check' and c.expression %}, check ({{ c.expression }})
      {%- endif -%}
    {%- endfor %}
    )
  {%- endcall -%}
  {%- set names = [] -%}
  {%- for name in model.columns.keys() -%}{%- do names.append(adapter.quote(name)) -%}{%- endfor -%}
  insert into {{ relation }} ({{ names | join(', ') }})
  select {{ names | join(', ') }} from (
    {{ sql }}
  ) as dvt_contract_source
{%- endmacro %}
