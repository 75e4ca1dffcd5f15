package dev.strata.runtime;

import dev.strata.core.error.DatabaseException;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.DatabaseUrl;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A connection opened in the background is the next session's, and a failure to open it reads as before. */
class OpenInBackgroundIT {
    @Test
    void theNextOpenTakesTheBackgroundConnectionAndLaterOnesConnectAsUsual() throws InterruptedException {
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "background")) {
            Database database = new Database(scratch.database().url());
            database.openInBackground();
            int first;
            try (JdbcSession session = database.open()) {
                first = session.queryOne("SELECT pg_backend_pid()", r -> r.getInt(1));
                try (JdbcSession second = database.open()) {
                    int other = second.queryOne("SELECT pg_backend_pid()", r -> r.getInt(1));
                    assertThat(other).isNotEqualTo(first);
                }
            }
            database.openInBackground();
            database.discardEarlyConnection();
            try (JdbcSession session = database.open()) {
                // the discarded connection is closed: its backend goes away (asynchronously, so wait a little)
                int others = Integer.MAX_VALUE;
                for (int attempt = 0; attempt < 50 && others > 0; attempt++) {
                    others = session.<Integer>queryOne("SELECT count(*) FROM pg_stat_activity"
                            + " WHERE datname = current_database() AND pid <> pg_backend_pid()", r -> r.getInt(1));
                    if (others > 0) {
                        Thread.sleep(100);
                    }
                }
                assertThat(others).isZero();
            }
        }
    }

    @Test
    void aFailureSurfacesFromOpenWithTheSameMessage() {
        DatabaseUrl refused = DatabaseUrl.parse("postgresql://postgres@127.0.0.1:1/nowhere");
        DatabaseException direct = catchThrowableOfType(() -> new Database(refused).open(), DatabaseException.class);
        Database database = new Database(refused);
        database.openInBackground();
        DatabaseException early = catchThrowableOfType(database::open, DatabaseException.class);
        assertThat(early).isNotNull();
        assertThat(early.getMessage()).isEqualTo(direct.getMessage());
    }

    @Test
    void sqliteIsNeverOpenedAhead() {
        Database database = new Database(DatabaseUrl.parse("sqlite:" + System.getProperty("java.io.tmpdir")
                + "/strata-never-created-" + ProcessHandle.current().pid() + ".db"));
        database.openInBackground();
        database.discardEarlyConnection(); // would wait for a connection opened ahead, which would create the file
        assertThat(database.isMissingFile()).isTrue();
    }
}
