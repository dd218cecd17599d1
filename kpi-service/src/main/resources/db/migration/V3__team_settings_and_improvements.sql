-- kpi-service's own data: not part of the read model, so a rebuild never touches it.

create table kpi_team_settings (
    team_id                 varchar(63)   primary key,
    repeat_window_days      integer       not null,
    complaint_target_hours  integer       not null,
    time_zone               varchar(64)   not null,
    max_period_days         integer       not null,
    assessment_criteria     jsonb         not null,
    updated_at              timestamptz   not null,
    updated_by              varchar(100)  not null
);

create table kpi_improvement (
    id                  uuid           primary key,
    team_id             varchar(63)    not null,
    title               varchar(200)   not null,
    description         text           not null,
    target_kpi          varchar(40)    not null,
    expected_direction  varchar(4)     not null,
    date_in_place       date           not null,
    baseline_from       date           not null,
    baseline_to         date           not null,
    evaluation_from     date           not null,
    evaluation_to       date           not null,
    created_by          varchar(100)   not null,
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    idempotency_key     varchar(200)
);
create index kpi_improvement_team on kpi_improvement (team_id, date_in_place desc);
create unique index kpi_improvement_idempotency on kpi_improvement (team_id, idempotency_key)
    where idempotency_key is not null;
