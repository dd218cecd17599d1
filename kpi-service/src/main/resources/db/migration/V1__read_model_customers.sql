-- kpi-service's read model, built only from events. No personal data: no names, e-mails or phones.
create table rm_customer (
    customer_id    uuid          primary key,
    team_id        varchar(63)   not null,
    kind           varchar(10)   not null,
    registered_at  timestamptz   not null
);
create index rm_customer_team on rm_customer (team_id, registered_at);
