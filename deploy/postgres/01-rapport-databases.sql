-- Run once by the postgres image (docker-compose.yml mounts this directory at /docker-entrypoint-initdb.d) when
-- its data volume is empty: one database per service. ./rapport up creates the same databases on a local server.
CREATE DATABASE rapport_customer;
CREATE DATABASE rapport_feedback;
CREATE DATABASE rapport_kpi;
