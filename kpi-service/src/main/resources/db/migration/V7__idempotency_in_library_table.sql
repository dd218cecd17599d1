-- Idempotency-Keys now live in the shared library table idempotency_request (libs/web-api), which keeps
-- the first response, refuses a changed request (422) and expires keys like every service's.
drop index kpi_improvement_idempotency;
alter table kpi_improvement drop column idempotency_key;
