-- Owned by the rapport-messaging library (libs/messaging), with a Flyway history of its own
-- (library_history_outbox, libs/schema): services that publish get it.

-- Transactional outbox: a row is written in the same transaction as the business change and
-- published to Kafka by the relay, in seq order.
create table outbox_event (
    seq          bigserial     primary key,
    event_id     uuid          not null unique,
    topic        varchar(200)  not null,
    event_key    varchar(200)  not null,
    event_type   varchar(200)  not null,
    payload      text          not null,
    created_at   timestamptz   not null default now(),
    sent_at      timestamptz,
    attempts     integer       not null default 0,
    last_error   varchar(2000)
);
create index outbox_event_pending on outbox_event (seq) where sent_at is null;
create index outbox_event_sent on outbox_event (sent_at) where sent_at is not null;
