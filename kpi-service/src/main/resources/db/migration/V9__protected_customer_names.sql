-- A customer's names as customer-service's events carry them: protected with the customer's data key (pd1:...),
-- decrypted only to mask the name in the customer's comments of an export (docs/erasure.md, docs/kpi-service.md).
-- Every name the customer had is kept, since an older comment may use an older name; all go when the customer is
-- erased, and the key goes with them. They replace the hashes of name parts, which an export now computes from
-- the decrypted names: a rebuild fills this table from the events.
create table rm_customer_name (
    customer_id     uuid  not null,
    protected_name  text  not null
);
create unique index rm_customer_name_once on rm_customer_name (customer_id, md5(protected_name));
drop table rm_customer_name_part;
