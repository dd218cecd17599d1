-- Seeds the pgbench scratch database like the service's: customers of team 'bench', and cases that
-- already hold two contacts (the join branch of interaction.sql adds to them).
-- psql variables: customers, cases.
insert into customer (id, team_id, display_name, kind, survey_consent, status, created_at, updated_at)
select md5('c' || i)::uuid, 'bench', 'Bench customer ' || i, 'EXTERNAL', false, 'ACTIVE', now(), now()
from generate_series(1, :customers) i;

insert into support_case (id, team_id, customer_id, status, category, opening_interaction_id, opened_at,
                          reopen_count, resolution_count, resolved_events, reopened_events, created_at, updated_at)
select md5('k' || k)::uuid, 'bench', md5('c' || (k % :customers + 1))::uuid, 'OPEN', 'ENQUIRY',
       md5('s1-' || k)::uuid, now() - interval '2 hours', 0, 0, 0, 0, now(), now()
from generate_series(1, :cases) k;

insert into interaction (id, team_id, customer_id, case_id, sequence, agent, logged_by, occurred_at, logged_at,
                         channel, direction, category, outcome, summary, duration_minutes, techniques, opens_case)
select md5('s' || n || '-' || k)::uuid, 'bench', md5('c' || (k % :customers + 1))::uuid, md5('k' || k)::uuid,
       nextval('interaction_sequence'), 'bench-agent', 'bench-agent', now() - interval '2 hours' + n * interval '5 minutes',
       now(), 'PHONE', 'INBOUND', 'ENQUIRY', 'FOLLOW_UP_REQUIRED',
       'Benchmark contact: customer asked about their order', 5, 'ACTIVE_LISTENING,QUESTIONING', n = 1
from generate_series(1, :cases) k, generate_series(1, 2) n;
vacuum analyze;
