-- Models refer to each other with ref(); DVT runs them in dependency order.
select *
from {{ ref('my_first_model') }}
where id = 1
