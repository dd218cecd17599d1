-- Customers as customer-service announces them; feedback-service never calls customer-service.
create table directory_customer (
    customer_id    uuid          primary key,
    team_id        varchar(63)   not null,
    display_name   varchar(200),
    email          varchar(254),
    kind           varchar(10)   not null,
    survey_consent boolean       not null,
    erased         boolean       not null default false,
    registered_at  timestamptz   not null,
    updated_at     timestamptz   not null
);
create index directory_customer_team on directory_customer (team_id);
