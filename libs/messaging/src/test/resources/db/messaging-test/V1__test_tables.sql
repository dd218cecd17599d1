create table ledger_entry (
    id          uuid primary key,
    customer_id uuid not null
);

create table applied_event (
    event_id     uuid not null,
    customer_id  uuid not null,
    display_name varchar(200) not null
);
