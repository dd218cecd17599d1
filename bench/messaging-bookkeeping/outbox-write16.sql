begin;
insert into outbox_event (event_id, topic, event_key, event_type, payload) select gen_random_uuid(), 'rapport.customers', gen_random_uuid()::text, 'rapport.interaction.logged.v1', repeat('x', 700) from generate_series(1, 16);
commit;
