{#- A federated model is built by the federation engine, not by a materialization. These two run,
    on the model's target, the parts of a table materialization around its SQL: the pre-hooks
    before anything is extracted; after the load, persist_docs, grants and the post-hooks. -#}
{% macro dvt_federated_before() -%}
  {{ run_hooks(pre_hooks, inside_transaction=False) }}
  {%- do adapter.begin() -%}
  {{ run_hooks(pre_hooks, inside_transaction=True) }}
  {%- do adapter.commit() -%}
{%- endmacro %}

{% macro dvt_federated_after() -%}
  {%- set target = this.incorporate(type='table') -%}
  {%- do adapter.begin() -%}
  {%- do persist_docs(target, model) -%}
  {#- the load swapped in a new table or merged into the old one: compare with what it has now -#}
  {%- do apply_grants(target, config.get('grants'), should_revoke=True) -%}
  {{ run_hooks(post_hooks, inside_transaction=True) }}
  {%- do adapter.commit() -%}
  {{ run_hooks(post_hooks, inside_transaction=False) }}
{%- endmacro %}
