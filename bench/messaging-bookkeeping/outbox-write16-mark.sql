begin;
insert into outbox_event (event_id, topic, event_key, event_type, payload) select gen_random_uuid(), 'rapport.customers', gen_random_uuid()::text, 'rapport.interaction.logged.v1', repeat('x', 700) from generate_series(1, 16);
commit;
begin;
update outbox_event set sent_at = now(), attempts = attempts + 1 where seq = any (array(select seq from outbox_event where sent_at is null order by seq limit 16));
commit;
