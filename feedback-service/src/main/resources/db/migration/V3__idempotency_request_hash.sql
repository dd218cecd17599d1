-- The request a key was first used with (SHA-256 of its JSON body), so that the same key with a
-- different request is refused (422 idempotency-key-reused) instead of answering with the first one.
-- Null for keys stored before this column existed: those replay as before.
alter table idempotency_key add column request_hash varchar(64);
