package dev.strata.junit;

import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.config.DatabaseUrl;

import java.nio.file.Files;
import java.nio.file.Path;

/** The local servers (overridable as in the runtime's tests) and the example projects of the runtime's test resources. */
final class Servers {
    static final String POSTGRES = env("STRATA_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres");
    static final String MARIADB = env("STRATA_TEST_MARIADB_URL", "mariadb://root@127.0.0.1:3306/mysql");

    private Servers() {
    }

    /** An example project: good, two-heads, downgrade-leaves-column, downgrade-fails, data-loss, model-differs. */
    static Path example(String name) {
        return Path.of("..", "strata-runtime", "src", "test", "resources", "testkit", name).toAbsolutePath().normalize();
    }

    static String migrations(String example) {
        return example(example).resolve("migrations").toString();
    }

    static String schema(String example) {
        return example(example).resolve("schema.sql").toString();
    }

    /** Whether a (scratch) database still exists on its server. */
    static boolean exists(DatabaseUrl url) {
        switch (url.kind()) {
            case SQLITE:
                return Files.exists(url.sqlitePath());
            case POSTGRES:
                try (JdbcSession s = new Database(DatabaseUrl.parse(POSTGRES)).open()) {
                    return s.queryOne("SELECT COUNT(*) FROM pg_database WHERE datname = ?", r -> r.getLong(1), url.database()) > 0;
                }
            default:
                try (JdbcSession s = new Database(DatabaseUrl.parse(MARIADB)).open()) {
                    return s.queryOne("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?", r -> r.getLong(1),
                            url.database()) > 0;
                }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
