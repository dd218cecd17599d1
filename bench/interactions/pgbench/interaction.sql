-- pgbench script: one transaction = the SQL customer-service runs to log one contact (as logged with
-- quarkus.hibernate-orm.log-sql=true, plus the outbox inserts of rapport-messaging's OutboxWriter).
-- About 47 % of contacts join an existing case (the load generator's mix), the rest open one; about a
-- quarter change the case's status, which adds one more outbox row (case.resolved / case.reopened).
-- pgbench variables: customers, cases.
\set join random(1, 100)
\set extra random(1, 4)
\set k random(1, :cases)
\if :join <= 47
\set c (:k % :customers) + 1
\else
\set c random(1, :customers)
\endif
BEGIN;
select c1_0.id, c1_0.created_at, c1_0.display_name, c1_0.email, c1_0.erased_at, c1_0.kind, c1_0.needs, c1_0.phone, c1_0.phone_key, c1_0.preferred_channel, c1_0.status, c1_0.survey_consent, c1_0.team_id, c1_0.updated_at, c1_0.value_segment, c1_0.version from customer c1_0 where c1_0.id = md5('c' || :c)::uuid for share of c1_0;
\if :join <= 47
select sc1_0.id, sc1_0.category, sc1_0.created_at, sc1_0.customer_id, sc1_0.first_resolved_at, sc1_0.opened_at, sc1_0.opening_interaction_id, sc1_0.reopen_count, sc1_0.reopened_events, sc1_0.resolution_count, sc1_0.resolved_events, sc1_0.status, sc1_0.team_id, sc1_0.updated_at, sc1_0.version as case_version from support_case sc1_0 where sc1_0.id = md5('k' || :k)::uuid for no key update of sc1_0 \gset
select i1_0.id, i1_0.agent, i1_0.case_id, i1_0.category, i1_0.channel, i1_0.customer_id, i1_0.direction, i1_0.duration_minutes, i1_0.logged_at, i1_0.logged_by, i1_0.occurred_at, i1_0.opens_case, i1_0.outcome, i1_0.sequence, i1_0.summary, i1_0.team_id, i1_0.techniques, i1_0.void_reason, i1_0.voided_at, i1_0.voided_by from interaction i1_0 where i1_0.case_id = md5('k' || :k)::uuid;
select nextval('interaction_sequence') as seq \gset
insert into interaction (agent, case_id, category, channel, customer_id, direction, duration_minutes, logged_at, logged_by, occurred_at, opens_case, outcome, sequence, summary, team_id, techniques, void_reason, voided_at, voided_by, id) values ('bench-agent', md5('k' || :k)::uuid, 'ENQUIRY', 'PHONE', md5('c' || :c)::uuid, 'INBOUND', 7, now(), 'bench-agent', now() - interval '30 minutes', false, 'RESOLVED', :seq, 'Benchmark contact ' || :seq || ': customer asked about their order', 'bench', 'ACTIVE_LISTENING,QUESTIONING', null, null, null, md5('i' || :seq)::uuid);
update support_case set category = 'ENQUIRY', created_at = now(), customer_id = md5('c' || :c)::uuid, first_resolved_at = now(), opened_at = now() - interval '2 hours', opening_interaction_id = md5('s1-' || :k)::uuid, reopen_count = 0, reopened_events = 0, resolution_count = 1, resolved_events = 1, status = 'OPEN', team_id = 'bench', updated_at = now(), version = :case_version + 1 where id = md5('k' || :k)::uuid and version = :case_version;
insert into outbox_event (event_id, topic, event_key, event_type, payload) values (md5('e1-' || :seq)::uuid, 'rapport.customers', md5('c' || :c)::uuid::text, 'rapport.interaction.logged.v1', repeat('x', 750));
\else
select nextval('interaction_sequence') as seq \gset
insert into support_case (category, created_at, customer_id, first_resolved_at, opened_at, opening_interaction_id, reopen_count, reopened_events, resolution_count, resolved_events, status, team_id, updated_at, version, id) values ('ENQUIRY', now(), md5('c' || :c)::uuid, null, now() - interval '30 minutes', md5('i' || :seq)::uuid, 0, 0, 0, 0, 'OPEN', 'bench', now(), 0, md5('n' || :seq)::uuid);
insert into interaction (agent, case_id, category, channel, customer_id, direction, duration_minutes, logged_at, logged_by, occurred_at, opens_case, outcome, sequence, summary, team_id, techniques, void_reason, voided_at, voided_by, id) values ('bench-agent', md5('n' || :seq)::uuid, 'ENQUIRY', 'PHONE', md5('c' || :c)::uuid, 'INBOUND', 7, now(), 'bench-agent', now() - interval '30 minutes', true, 'FOLLOW_UP_REQUIRED', :seq, 'Benchmark contact ' || :seq || ': customer asked about their order', 'bench', 'ACTIVE_LISTENING,QUESTIONING', null, null, null, md5('i' || :seq)::uuid);
insert into outbox_event (event_id, topic, event_key, event_type, payload) values (md5('e1-' || :seq)::uuid, 'rapport.customers', md5('c' || :c)::uuid::text, 'rapport.interaction.logged.v1', repeat('x', 750));
insert into outbox_event (event_id, topic, event_key, event_type, payload) values (md5('e2-' || :seq)::uuid, 'rapport.customers', md5('c' || :c)::uuid::text, 'rapport.case.opened.v1', repeat('x', 520));
\endif
\if :extra = 1
insert into outbox_event (event_id, topic, event_key, event_type, payload) values (md5('e3-' || :seq)::uuid, 'rapport.customers', md5('c' || :c)::uuid::text, 'rapport.case.resolved.v1', repeat('x', 580));
\endif
COMMIT;
