-- Every case resolution feedback-service heard of, and what it did about it (one row per case and
-- resolution: a duplicate delivery of case.resolved finds the row and changes nothing).
-- outcome: INVITED, NO_CONSENT, NOT_REINVITED, AWAITING_CUSTOMER (case.resolved came before the
-- customer was known), CUSTOMER_ERASED.
create table case_resolution (
    case_id        uuid          not null,
    resolution     integer       not null,
    team_id        varchar(63)   not null,
    customer_id    uuid          not null,
    interaction_id uuid          not null,
    agent          varchar(100)  not null,
    channel        varchar(20)   not null,
    category       varchar(20)   not null,
    resolved_at    timestamptz   not null,
    outcome        varchar(30)   not null,
    invitation_id  uuid,
    received_at    timestamptz   not null,
    primary key (case_id, resolution)
);
create index case_resolution_awaiting on case_resolution (customer_id) where outcome = 'AWAITING_CUSTOMER';

-- A survey invitation. The token is never stored: only its SHA-256 hash.
-- origin: CASE_RESOLVED or MANUAL; delivery: EMAIL or LINK.
create table invitation (
    id             uuid          primary key,
    team_id        varchar(63)   not null,
    customer_id    uuid          not null,
    case_id        uuid,
    resolution     integer,
    interaction_id uuid,
    agent          varchar(100),
    channel        varchar(20),
    origin         varchar(20)   not null,
    delivery       varchar(10)   not null,
    token_hash     bytea         not null unique,
    created_by     varchar(100),
    sent_at        timestamptz   not null,
    expires_at     timestamptz   not null,
    answered_at    timestamptz,
    withdrawn_at   timestamptz
);
-- at most one invitation per resolution of a case
create unique index invitation_case_resolution on invitation (case_id, resolution) where resolution is not null;
create index invitation_team_sent on invitation (team_id, sent_at);
create index invitation_customer on invitation (customer_id);

-- One survey response. Scores are anonymous facts and survive erasure; the comment does not.
-- source: SURVEY_LINK (the answer page) or PAPER, PHONE, IN_PERSON, EMAIL, OTHER (recorded by a team member).
create table survey_response (
    id                    uuid          primary key,
    team_id               varchar(63)   not null,
    customer_id           uuid,
    invitation_id         uuid          unique references invitation (id),
    case_id               uuid,
    interaction_id        uuid,
    agent                 varchar(100),
    channel               varchar(20),
    source                varchar(20)   not null,
    submitted_at          timestamptz   not null,
    recorded_at           timestamptz   not null,
    recorded_by           varchar(100),
    csat                  smallint      check (csat between 1 and 5),
    nps                   smallint      check (nps between 0 and 10),
    ces                   smallint      check (ces between 1 and 7),
    rater_reliability     smallint      check (rater_reliability between 1 and 5),
    rater_assurance       smallint      check (rater_assurance between 1 and 5),
    rater_tangibles       smallint      check (rater_tangibles between 1 and 5),
    rater_empathy         smallint      check (rater_empathy between 1 and 5),
    rater_responsiveness  smallint      check (rater_responsiveness between 1 and 5),
    comment               text          check (char_length(comment) <= 2000),
    check (coalesce(csat, nps, ces, rater_reliability, rater_assurance, rater_tangibles, rater_empathy,
                    rater_responsiveness) is not null)
);
create index survey_response_team_submitted on survey_response (team_id, submitted_at);
create index survey_response_customer on survey_response (customer_id);

-- Idempotency-Key of a create request: a retried POST finds what the first one created.
create table idempotency_key (
    team_id      varchar(63)   not null,
    scope        varchar(30)   not null,
    idem_key     varchar(200)  not null,
    resource_id  uuid          not null,
    created_at   timestamptz   not null,
    primary key (team_id, scope, idem_key)
);
