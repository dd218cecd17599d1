begin;
insert into processed_event (event_id, event_type, outcome) select id, type, 'APPLIED' from unnest(array(select gen_random_uuid() from generate_series(1, :n)), array(select 'rapport.interaction.logged.v1'::varchar from generate_series(1, :n))) as event (id, type) on conflict (event_id) do update set outcome = excluded.outcome where processed_event.outcome = 'DEAD_LETTERED' and excluded.outcome = 'APPLIED' returning event_id;
commit;
