package dev.strata.runtime.migrate;

import dev.strata.core.graph.Direction;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names with quotes, spaces, reserved words, unicode and 63 bytes: in the database name, in the schema that
 * holds Strata's tables, and in migrations. Everything Strata generates quotes them.
 */
class HostileIdentifiersIT {
    private static final String LONG_63 = "c".repeat(61) + "éé".substring(0, 1); // 61 + 2 bytes = 63 bytes in UTF-8

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRES", "MARIADB"})
    void hostileNamesEverywhere(DatabaseKind kind) {
        Database server = TestServers.server(kind);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String databaseName = kind == DatabaseKind.POSTGRES ? "strata \"hostile\" db ü " + suffix : "strata `hostile` db ü " + suffix;
        String schema = kind == DatabaseKind.POSTGRES ? "we\"ird schema ü select" : "we`ird ü select " + suffix;
        String q = kind == DatabaseKind.POSTGRES ? "\"" : "`";
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("f00d00000001", "base",
                "CREATE TABLE " + q + "select" + q + " (" + q + "we" + q + q + "ird col" + q + " INTEGER, "
                        + q + "ü space" + q + " VARCHAR(20), " + q + LONG_63 + q + " INTEGER);\n"
                        + "INSERT INTO " + q + "select" + q + " (" + q + "ü space" + q + ") VALUES ('it''s ü');",
                "DROP TABLE " + q + "select" + q + ";");
        server.dialect().createDatabase(server, databaseName);
        try {
            Database db = server.sibling(databaseName);
            Migrator migrator = new Migrator(db, MigrationSet.load(m.dir()), schema, ExecutionSettings.DEFAULTS, MigrationListener.NONE);
            StringBuilder offline = new StringBuilder();
            migrator.printSql(Direction.UPGRADE, "head", offline);
            assertThat(offline.toString()).contains(db.dialect().quote(schema) + "." + db.dialect().quote("strata_version"));

            assertThat(migrator.upgrade("head").current()).containsExactly("f00d00000001");
            Bookkeeper keeper = new Bookkeeper(db, MigrationSet.load(m.dir()), schema, ExecutionSettings.DEFAULTS, MigrationListener.NONE);
            assertThat(keeper.current()).containsExactly("f00d00000001");
            assertThat(keeper.auditLog()).singleElement().extracting(HistoryEntry::outcome).isEqualTo("success");
            try (JdbcSession s = db.open()) {
                String where = kind == DatabaseKind.POSTGRES ? "table_schema = ?" : "table_schema = ?";
                assertThat(s.query("SELECT table_name FROM information_schema.tables WHERE " + where + " ORDER BY 1",
                        r -> r.getString(1), schema)).containsExactly("strata_history", "strata_version");
                String value = s.queryOne("SELECT " + q + "ü space" + q + " FROM " + q + "select" + q, r -> r.getString(1));
                assertThat(value).isEqualTo("it's ü");
            }
            assertThat(migrator.downgrade("base").current()).isEmpty();
            assertThat(keeper.stamp("head", false)).containsExactly("f00d00000001");
        } finally {
            server.dialect().dropDatabase(server, databaseName);
            if (kind == DatabaseKind.MARIADB) {
                server.dialect().dropDatabase(server, schema);
            }
        }
    }
}
