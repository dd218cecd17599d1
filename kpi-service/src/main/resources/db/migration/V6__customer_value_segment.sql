-- The customer's value segment (HIGH, MEDIUM, LOW or null: not categorised), kept like its kind from
-- customer.registered and customer.updated, so that KPIs can be filtered by it. Customers registered
-- before this column existed get it from their next customer.updated, or from a rebuild.
alter table rm_customer add column value_segment varchar(10);
