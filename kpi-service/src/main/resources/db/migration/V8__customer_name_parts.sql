-- Hashes of the parts of each customer's names (salted with the customer id; never the names), so that the
-- evidence exports can mask a customer's own name in their comments (docs/kpi-service.md). Every name the
-- customer had is kept, since an older comment may use an older name; all go when the customer is erased.
create table rm_customer_name_part (
    customer_id  uuid         not null,
    part_hash    varchar(64)  not null,
    primary key (customer_id, part_hash)
);
