package dev.strata.runtime.testing;

import dev.strata.runtime.Database;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.DatabaseUrl;

/**
 * The real servers the integration tests run against: PostgreSQL and MariaDB on localhost (as on every
 * developer machine and on CI), overridable with STRATA_TEST_POSTGRES_URL and STRATA_TEST_MARIADB_URL.
 * Tests never use these databases directly: each creates its own scratch database on the server.
 */
public final class TestServers {
    private TestServers() {
    }

    public static Database server(DatabaseKind kind) {
        return new Database(DatabaseUrl.parse(switch (kind) {
            case POSTGRES -> env("STRATA_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres");
            case MARIADB -> env("STRATA_TEST_MARIADB_URL", "mariadb://root@127.0.0.1:3306/mysql");
            case SQLITE -> "sqlite:" + System.getProperty("java.io.tmpdir") + "/strata-test-server.db";
        }));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
