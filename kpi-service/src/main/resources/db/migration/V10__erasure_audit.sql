-- One row per customer.erased event applied (docs/kpi-service.md, "Personal data"): who erased the customer in
-- customer-service and when (from the event; erased_by is null for events that do not say), when kpi-service
-- applied it, and how many of each kind of personal data it erased (category -> count). Never a value. Not part
-- of the read model: a rebuild keeps it.
create table erasure_audit (
    event_id     uuid          primary key,
    team_id      varchar(63)   not null,
    customer_id  uuid          not null,
    erased_by    varchar(100),
    erased_at    timestamptz   not null,
    applied_at   timestamptz   not null,
    erased       jsonb         not null
);
create index erasure_audit_customer on erasure_audit (customer_id);
