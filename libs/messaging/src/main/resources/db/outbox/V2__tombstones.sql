-- Owned by the rapport-messaging library (libs/messaging), history library_history_outbox.
-- A tombstone on a compacted topic (rapport.data-keys, docs/erasure.md) is a record without a value.
alter table outbox_event alter column payload drop not null;
