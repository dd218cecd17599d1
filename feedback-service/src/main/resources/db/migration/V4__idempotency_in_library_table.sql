-- Idempotency-Keys now live in the shared library table idempotency_request (libs/web-api), which keeps
-- the first response and expires keys after rapport.web.idempotency.retention. The old keys named only
-- the created resource, not its response, so they cannot be carried over.
drop table idempotency_key;
