-- Owned by the rapport-messaging library (libs/messaging), with a Flyway history of its own
-- (library_history_inbox, libs/schema): services that consume get it.

-- Idempotent consumer: an event id is recorded in the same transaction as its effect, so an event
-- delivered twice is applied once. outcome: APPLIED or DEAD_LETTERED.
create table processed_event (
    event_id     uuid          primary key,
    event_type   varchar(200)  not null,
    outcome      varchar(20)   not null,
    processed_at timestamptz   not null default now()
);
