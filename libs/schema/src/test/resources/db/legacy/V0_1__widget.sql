create table widget (id integer primary key);
