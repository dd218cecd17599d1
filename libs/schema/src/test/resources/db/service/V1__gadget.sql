create table gadget (id integer primary key);
