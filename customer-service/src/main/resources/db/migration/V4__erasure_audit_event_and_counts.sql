-- An erasure's audit entry also names the customer.erased event that told the other services (each records its
-- own erasure under that id) and how many of each kind of personal data were erased (category -> count,
-- docs/customer-service.md, "Personal data"); never a value. Null for erasures audited before.
alter table erasure_audit add column event_id uuid;
alter table erasure_audit add column erased jsonb;
