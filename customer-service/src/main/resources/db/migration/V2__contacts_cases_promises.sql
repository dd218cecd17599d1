-- Phone numbers compare on their digits (and a leading +) for duplicate detection.
alter table customer add column phone_key varchar(40);
alter table customer add column erased_at timestamptz;
update customer set phone_key = regexp_replace(phone, '[^0-9+]', '', 'g') where phone is not null;
create index customer_team_phone_key on customer (team_id, phone_key) where phone_key is not null;

create table support_case (
    id                      uuid         primary key,
    team_id                 varchar(63)  not null,
    customer_id             uuid         not null references customer (id),
    status                  varchar(10)  not null,
    category                varchar(20),
    opening_interaction_id  uuid,
    opened_at               timestamptz,
    first_resolved_at       timestamptz,
    reopen_count            integer      not null,
    resolution_count        integer      not null,
    -- monotonic counters of the case.resolved / case.reopened events published so far
    resolved_events         integer      not null,
    reopened_events         integer      not null,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0
);
create index support_case_team_status on support_case (team_id, status, opened_at);
create index support_case_customer on support_case (customer_id);

-- Numbers interactions in the order they were logged (ties of occurredAt; InteractionLogged.sequence).
create sequence interaction_sequence;

create table interaction (
    id                uuid          primary key,
    team_id           varchar(63)   not null,
    customer_id       uuid          not null references customer (id),
    case_id           uuid          not null references support_case (id),
    sequence          bigint        not null unique,
    agent             varchar(100)  not null,
    logged_by         varchar(100)  not null,
    occurred_at       timestamptz   not null,
    logged_at         timestamptz   not null,
    channel           varchar(20)   not null,
    direction         varchar(10)   not null,
    category          varchar(20)   not null,
    outcome           varchar(20)   not null,
    summary           varchar(4000) not null,
    duration_minutes  integer,
    techniques        varchar(300)  not null,
    opens_case        boolean       not null,
    voided_at         timestamptz,
    voided_by         varchar(100),
    void_reason       varchar(500)
);
create index interaction_case on interaction (case_id);
create index interaction_customer on interaction (customer_id, occurred_at desc, sequence desc);
create index interaction_team on interaction (team_id, occurred_at desc, sequence desc);

create table complaint_step (
    id           uuid          primary key,
    team_id      varchar(63)   not null,
    case_id      uuid          not null references support_case (id),
    customer_id  uuid          not null,
    step         varchar(12)   not null,
    agent        varchar(100)  not null,
    taken_at     timestamptz   not null,
    recorded_at  timestamptz   not null,
    unique (case_id, step)
);

create table follow_up (
    id              uuid           primary key,
    team_id         varchar(63)    not null,
    customer_id     uuid           not null references customer (id),
    interaction_id  uuid           references interaction (id),
    case_id         uuid,
    agent           varchar(100)   not null,
    promise         varchar(1000)  not null,
    promised_to     varchar(200),
    promised_at     timestamptz    not null,
    due_at          timestamptz    not null,
    completed_at    timestamptz,
    completed_by    varchar(100),
    version         bigint         not null default 0
);
create index follow_up_team_due on follow_up (team_id, due_at);
create index follow_up_customer on follow_up (customer_id);

-- Idempotency-Key of POST requests, per team, with the first response so a retry gets it again.
create table idempotency_record (
    team_id          varchar(63)   not null,
    idempotency_key  varchar(200)  not null,
    request_hash     varchar(64)   not null,
    status           integer,
    location         varchar(1000),
    body             text,
    created_at       timestamptz   not null,
    primary key (team_id, idempotency_key)
);

-- Who erased whose personal data, and when; nothing of the erased data itself.
create table erasure_audit (
    id           uuid          primary key,
    team_id      varchar(63)   not null,
    customer_id  uuid          not null,
    erased_by    varchar(100)  not null,
    erased_at    timestamptz   not null
);
create index erasure_audit_customer on erasure_audit (customer_id);
