-- Owned by the rapport-web-api library (libs/web-api), with a Flyway history of its own
-- (library_history_idempotency, libs/schema): the Idempotency-Key of POST requests, per team, with a hash
-- of the request and the first response, so a retry gets that response again. Purged after
-- rapport.web.idempotency.retention.
create table idempotency_request (
    team_id          varchar(63)   not null,
    idempotency_key  varchar(200)  not null,
    request_hash     varchar(64)   not null,
    status           integer,
    location         varchar(1000),
    body             text,
    created_at       timestamptz   not null,
    primary key (team_id, idempotency_key)
);
create index idempotency_request_created on idempotency_request (created_at);
