-- kpi-service's read model of the facts other services publish, built only from events and
-- rebuilt by replaying them. No personal data: no names, e-mails, phones or contact summaries.
-- The only free text is a survey comment, deleted when its customer is erased.

-- customers erased (right to erasure): their comments are deleted and never stored again
create table rm_erased_customer (
    customer_id  uuid         primary key,
    team_id      varchar(63)  not null,
    erased_at    timestamptz  not null
);

create table rm_interaction (
    interaction_id    uuid          primary key,
    team_id           varchar(63)   not null,
    customer_id       uuid          not null,
    case_id           uuid          not null,
    agent             varchar(100)  not null,
    occurred_at       timestamptz   not null,
    logged_at         timestamptz   not null,
    sequence          bigint        not null,
    channel           varchar(20)   not null,
    direction         varchar(10)   not null,
    category          varchar(20)   not null,
    outcome           varchar(20)   not null,
    duration_minutes  integer,
    voided            boolean       not null default false
);
-- a customer's contacts, read whenever one of them changes to derive the cases again
create index rm_interaction_customer on rm_interaction (customer_id);
-- a team's contacts in a period (handling time, activity)
create index rm_interaction_team_time on rm_interaction (team_id, occurred_at)
    include (customer_id, outcome, duration_minutes) where not voided;
-- "first active contact ever" look-ups for new customers (retention, CRR)
create index rm_interaction_team_customer_active on rm_interaction (team_id, customer_id, occurred_at)
    where not voided and outcome <> 'NO_RESPONSE';

-- voids are kept on their own so that a void that arrives before its interaction still applies
create table rm_voided_interaction (
    interaction_id  uuid         primary key,
    team_id         varchar(63)  not null,
    customer_id     uuid         not null,
    voided_at       timestamptz  not null
);

-- cases as derived from their customer's non-voided interactions (rapport.kpi.maths.CaseTimeline);
-- rewritten for the whole customer whenever one of their interactions is logged or voided
create table rm_case (
    case_id                uuid          primary key,
    team_id                varchar(63)   not null,
    customer_id            uuid          not null,
    category               varchar(20)   not null,
    opener_interaction_id  uuid          not null,
    opened_at              timestamptz   not null,
    opener_direction       varchar(10)   not null,
    opener_outcome         varchar(20)   not null,
    opener_agent           varchar(100)  not null,
    opener_channel         varchar(20)   not null,
    status                 varchar(10)   not null,
    resolved_at            timestamptz,
    reopens                integer       not null,
    next_repeat_at         timestamptz
);
create index rm_case_customer on rm_case (customer_id);
-- FCR: eligible cases of a team by opening time, with the columns FCR reads
create index rm_case_fcr on rm_case (team_id, opened_at) include (opener_outcome, next_repeat_at)
    where opener_direction = 'INBOUND';
-- complaint handling: complaint cases of a team by resolution time
create index rm_case_complaint_resolved on rm_case (team_id, resolved_at)
    where category = 'COMPLAINT' and resolved_at is not null;

create table rm_complaint_step (
    case_id      uuid         not null,
    step         varchar(20)  not null,
    team_id      varchar(63)  not null,
    recorded_at  timestamptz  not null,
    primary key (case_id, step)
);

create table rm_invitation (
    invitation_id  uuid          primary key,
    team_id        varchar(63)   not null,
    customer_id    uuid,
    case_id        uuid,
    agent          varchar(100),
    channel        varchar(20),
    sent_at        timestamptz   not null
);
create index rm_invitation_team_sent on rm_invitation (team_id, sent_at);

create table rm_response (
    response_id              uuid          primary key,
    team_id                  varchar(63)   not null,
    customer_id              uuid,
    invitation_id            uuid,
    case_id                  uuid,
    agent                    varchar(100),
    channel                  varchar(20),
    source                   varchar(20)   not null,
    submitted_at             timestamptz   not null,
    csat                     smallint,
    nps                      smallint,
    ces                      smallint,
    rater_reliability        smallint,
    rater_assurance          smallint,
    rater_tangibles          smallint,
    rater_empathy            smallint,
    rater_responsiveness     smallint,
    comment                  text
);
create index rm_response_team_submitted on rm_response (team_id, submitted_at);
create index rm_response_invitation on rm_response (invitation_id) where invitation_id is not null;
create index rm_response_customer on rm_response (customer_id);

-- a promise may be completed before kpi-service saw it promised: due_at is then still unknown
create table rm_promise (
    promise_id      uuid          primary key,
    team_id         varchar(63)   not null,
    customer_id     uuid          not null,
    interaction_id  uuid,
    case_id         uuid,
    agent           varchar(100),
    promised_at     timestamptz,
    due_at          timestamptz,
    completed_at    timestamptz
);
create index rm_promise_team_due on rm_promise (team_id, due_at);
