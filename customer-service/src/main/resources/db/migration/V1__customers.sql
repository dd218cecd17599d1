create table customer (
    id                uuid          primary key,
    team_id           varchar(63)   not null,
    display_name      varchar(200)  not null,
    email             varchar(254),
    phone             varchar(40),
    kind              varchar(10)   not null,
    value_segment     varchar(10),
    preferred_channel varchar(20),
    needs             varchar(2000),
    survey_consent    boolean       not null,
    status            varchar(10)   not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0
);
create index customer_team on customer (team_id, created_at desc);
create index customer_team_email on customer (team_id, lower(email)) where email is not null;
create index customer_team_phone on customer (team_id, phone) where phone is not null;
