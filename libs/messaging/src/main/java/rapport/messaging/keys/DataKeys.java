package rapport.messaging.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import rapport.events.EventType;
import rapport.events.Topics;
import rapport.events.keys.DataKeyIssued;
import rapport.messaging.outbox.OutboxWriter;
import rapport.personaldata.DataKey;
import rapport.personaldata.FieldCipher;
import rapport.personaldata.UnreadableFieldException;

/**
 * The data keys this service holds, in its {@code data_key} table (docs/erasure.md, "Key lifecycle"). An owner
 * issues a subject's key (published on {@code rapport.data-keys} through the outbox, before the events it protects)
 * and shreds it on erasure (a tombstone follows); a reader keeps copies ({@link DataKeyReader}) and forgets them.
 * A shredded key leaves a marker row, so that no copy of it is ever stored again.
 */
@ApplicationScoped
public class DataKeys {

    private static final Logger LOG = Logger.getLogger(DataKeys.class);

    @Inject
    DataSource dataSource;

    @Inject
    OutboxWriter outbox;

    /**
     * The subject's key, issued now (and published) if it has none yet: for a customer registered before fields
     * were protected, its first change issues it.
     *
     * @throws IllegalStateException when the subject's key was shredded: nothing may be protected for it again
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DataKey keyFor(UUID subject, String teamId) {
        Optional<Row> held = row(subject);
        if (held.isPresent()) {
            return held.get().key().orElseThrow(() -> new IllegalStateException(
                    "the data key of " + subject + " was shredded (erasure)"));
        }
        DataKey key = DataKey.generate();
        Instant now = Instant.now();
        update("insert into data_key (subject_id, team_id, data_key, issued_at) values (?, ?, ?, ?)",
                subject, teamId, key.bytes(), Timestamp.from(now));
        outbox.publish(EventType.DATA_KEY_ISSUED, subject, teamId,
                new DataKeyIssued(subject, teamId, DataKeyIssued.AES_256_GCM, key.toBase64(), now));
        return key;
    }

    /** The subject's key if this service holds it (not yet arrived, never issued or shredded: empty). */
    public Optional<DataKey> find(UUID subject) {
        return row(subject).flatMap(Row::key);
    }

    /**
     * The plaintext of a stored field, decrypted on use with the subject's key. Empty when the value is
     * {@code null}, when the key is not (or no longer) held, or when the value does not decrypt with it. A value
     * not in the protected form was stored before fields were protected and is returned as it is.
     */
    public Optional<String> reveal(UUID subject, String field, String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        if (!FieldCipher.isProtected(stored)) {
            return Optional.of(stored);
        }
        Optional<DataKey> key = find(subject);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FieldCipher.reveal(key.get(), subject, field, stored));
        } catch (UnreadableFieldException e) {
            LOG.warnf("A stored %s of %s does not decrypt with its key; treated as absent", field, subject);
            return Optional.empty();
        }
    }

    /**
     * Erasure at the key's owner: the key goes, its outbox rows (sent or not) go, and a tombstone is published after
     * it, so that every copy of the subject's protected fields is unreadable from this commit on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shred(UUID subject) {
        forget(subject);
        update("delete from outbox_event where topic = ? and event_key = ? and payload is not null",
                Topics.DATA_KEYS, subject.toString());
        outbox.tombstone(Topics.DATA_KEYS, subject.toString());
    }

    /** Erasure at a reader: its copy of the key goes (or, if it never arrived, will never be stored). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID subject) {
        update("""
                insert into data_key (subject_id, shredded_at) values (?, now())
                on conflict (subject_id) do update set data_key = null,
                    shredded_at = coalesce(data_key.shredded_at, excluded.shredded_at)""", subject);
    }

    /** A copy of a key read from {@code rapport.data-keys}; ignored when the key is already held or was shredded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(UUID subject, String teamId, DataKey key, Instant issuedAt) {
        update("""
                insert into data_key (subject_id, team_id, data_key, issued_at) values (?, ?, ?, ?)
                on conflict (subject_id) do nothing""", subject, teamId, key.bytes(),
                issuedAt == null ? null : Timestamp.from(issuedAt));
    }

    private record Row(Optional<DataKey> key) {
    }

    private Optional<Row> row(UUID subject) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select data_key from data_key where subject_id = ?")) {
            select.setObject(1, subject);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                byte[] material = rows.getBytes(1);
                return Optional.of(new Row(Optional.ofNullable(material).map(DataKey::of)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the data key of " + subject, e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the data keys", e);
        }
    }
}
