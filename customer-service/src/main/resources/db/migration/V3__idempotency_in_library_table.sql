-- Idempotency-Keys now live in the shared library table idempotency_request (libs/web-api, migrated
-- before this script): keep the keys of the last day's requests, so their retries still replay.
insert into idempotency_request (team_id, idempotency_key, request_hash, status, location, body, created_at)
select team_id, idempotency_key, request_hash, status, location, body, created_at from idempotency_record
on conflict do nothing;
drop table idempotency_record;
