alter table widget add column colour varchar(20);
