package rapport.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.jboss.logging.Logger;

/**
 * Migrates library schemas, each with its own history, before a service's own migrations. A database
 * whose service history still holds a library's scripts (as older releases wrote them) is adopted: the
 * library's history starts at the matching version and those rows leave the service's history, so
 * that a service's history lists only the service's own migrations.
 */
public final class LibrarySchemas {

    private static final Logger LOG = Logger.getLogger(LibrarySchemas.class);

    private LibrarySchemas() {
    }

    /** @param service the service's Flyway configuration: its data source, schemas and history table */
    public static void migrate(Configuration service, List<LibrarySchema> schemas) {
        DataSource dataSource = service.getDataSource();
        String schema = service.getSchemas().length > 0 ? service.getSchemas()[0] : null;
        for (LibrarySchema library : schemas) {
            var configuration = Flyway.configure(service.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:" + library.location())
                    .table(library.historyTable())
                    .createSchemas(service.isCreateSchemas())
                    // the schema has the service's tables: the library's history starts before its V1
                    .baselineOnMigrate(true)
                    .baselineVersion("0");
            if (schema != null) {
                configuration.schemas(schema);
            }
            // no connection is held while the library's Flyway runs: the service's Flyway already holds some of
            // the pool, and a small pool (two connections) must still start
            try {
                String adoptedVersion;
                boolean adopted;
                try (Connection connection = dataSource.getConnection()) {
                    adoptedVersion = legacyVersion(connection, service.getTable(), library);
                    adopted = adoptedVersion != null && !exists(connection, library.historyTable());
                }
                if (adopted) {
                    LOG.infof("adopting library tables %s from %s at version %s", library.name(), service.getTable(),
                            adoptedVersion);
                    configuration.baselineVersion(adoptedVersion)
                            .baselineDescription("adopted from " + service.getTable()).load().baseline();
                }
                configuration.load().migrate();
                try (Connection connection = dataSource.getConnection()) {
                    forgetLegacyRows(connection, service.getTable(), library);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not migrate the library tables " + library.name(), e);
            }
        }
    }

    static boolean serviceHistoryExists(Configuration service) {
        try (Connection connection = service.getDataSource().getConnection()) {
            return exists(connection, service.getTable());
        } catch (SQLException e) {
            throw new IllegalStateException("could not look for the history table " + service.getTable(), e);
        }
    }

    /** The library version the service's history already holds (the highest of its legacy scripts there). */
    private static String legacyVersion(Connection connection, String serviceHistory, LibrarySchema library)
            throws SQLException {
        if (library.legacyScripts().isEmpty() || !exists(connection, serviceHistory)) {
            return null;
        }
        String found = null;
        try (PreparedStatement query = connection.prepareStatement(
                "select script from " + serviceHistory + " where success and script = any (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", library.legacyScripts().keySet().toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String version = library.legacyScripts().get(rows.getString(1));
                    if (found == null || MigrationVersion.fromVersion(version).isNewerThan(found)) {
                        found = version;
                    }
                }
            }
        }
        return found;
    }

    private static void forgetLegacyRows(Connection connection, String serviceHistory, LibrarySchema library)
            throws SQLException {
        if (library.legacyScripts().isEmpty() || !exists(connection, serviceHistory)) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from " + serviceHistory + " where script = any (?)")) {
            delete.setArray(1, connection.createArrayOf("varchar", library.legacyScripts().keySet().toArray()));
            delete.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }
}
