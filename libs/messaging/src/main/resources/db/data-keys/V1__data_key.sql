-- Owned by the rapport-messaging library (libs/messaging), with a Flyway history of its own
-- (library_history_data_keys, libs/schema): services that protect or read personal-data fields get it.

-- The data keys this service holds (docs/erasure.md): its own (customer-service's per customer, feedback-service's
-- per anonymous response) or copies read from rapport.data-keys. Erasure shreds a key: the key goes, the row stays
-- as a marker (so that a late or re-read copy of the key is not stored again). Never cleared by a rebuild.
create table data_key (
    subject_id   uuid          primary key,
    team_id      varchar(63),
    data_key     bytea,
    issued_at    timestamptz,
    shredded_at  timestamptz,
    constraint data_key_held_or_shredded check ((data_key is null) = (shredded_at is not null))
);
