package dev.strata.runtime.lint.verify;

import dev.strata.core.error.DatabaseException;
import dev.strata.core.lint.LintOptions;
import dev.strata.core.lint.LintReport;
import dev.strata.core.lint.RuleCatalog;
import dev.strata.core.script.MigrationSet;
import dev.strata.core.script.SqlFlavor;
import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.LintConfig;
import dev.strata.runtime.lint.Lint;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code lint --verify} on a real PostgreSQL: what it observes, how it fails, and that its scratch databases are always dropped. */
class LintVerifierIT {
    private static final Database SERVER = TestServers.server(DatabaseKind.POSTGRES);

    @TempDir
    Path dir;

    private void migration(String revision, String revises, String header, String upgrade) throws IOException {
        Files.writeString(dir.resolve(revision + "_m.sql"), "-- strata:revision " + revision + "\n-- strata:revises " + revises + "\n"
                + header + "\n-- strata:upgrade\n" + upgrade + "\n\n-- strata:downgrade irreversible\n");
    }

    private void base() throws IOException {
        migration("a1", "base", "", """
                CREATE TABLE "Cust omers" (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, tier smallint NOT NULL, born date,
                    score numeric(4, 1), flags jsonb, token uuid NOT NULL);
                CREATE TYPE status AS ENUM ('new', 'paid');
                CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES "Cust omers" (id),
                    status status NOT NULL, total numeric(10, 2), placed timestamptz NOT NULL DEFAULT now(), note varchar(3) NOT NULL);""");
    }

    private static List<String> scratchDatabases() {
        try (JdbcSession session = SERVER.open()) {
            return session.query("SELECT datname FROM pg_database WHERE datname LIKE 'strata\\_scratch\\_lint\\_verify\\_%'", r -> r.getString(1));
        }
    }

    @Test
    void locksRewritesScansAndSampleRowsAreObservedAndTheScratchDatabaseIsDropped() throws IOException {
        base();
        migration("a2", "a1", "", """
                CREATE INDEX ix_orders_status ON orders (status);
                ALTER TABLE orders ALTER COLUMN total TYPE bigint;
                ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0) NOT VALID;""");
        migration("a3", "a2", "-- strata:transactional false", """
                CREATE INDEX CONCURRENTLY ix_orders_total ON orders (total);
                ALTER TABLE orders VALIDATE CONSTRAINT ck_total;""");
        List<String> before = scratchDatabases();

        VerifyReport report = LintVerifier.verify(SERVER, MigrationSet.load(dir), null, "public");

        assertThat(scratchDatabases()).isEqualTo(before);
        assertThat(report.seedNotes()).isEmpty();
        assertThat(report.seededRows()).as("both tables, foreign key and hostile name included").isEqualTo(2 * SampleRows.ROWS);
        StatementObservation index = report.statement("a2", 5);
        assertThat(index.strongestOnExistingTables()).containsEntry("orders", "ShareLock");
        assertThat(index.builtIndexes()).containsExactly("ix_orders_status on orders");
        assertThat(index.sampled()).isFalse();
        StatementObservation type = report.statement("a2", 6);
        assertThat(type.rewritten()).containsExactly("orders");
        assertThat(type.strongestOnExistingTables()).containsEntry("orders", "AccessExclusiveLock");
        assertThat(type.describe()).startsWith("AccessExclusiveLock on orders; rewrite of orders (relfilenode changed); scan of orders;");
        StatementObservation notValid = report.statement("a2", 7);
        assertThat(notValid.scanned()).as("NOT VALID adds without a scan").isEmpty();
        assertThat(notValid.held()).as("the transaction still holds the earlier statements' locks")
                .anyMatch(l -> l.relation().equals("orders") && l.mode().equals("AccessExclusiveLock"));
        StatementObservation concurrent = report.statement("a3", 5);
        assertThat(concurrent.sampled()).isTrue();
        assertThat(concurrent.strongestOnExistingTables()).containsEntry("orders", "ShareUpdateExclusiveLock");
        assertThat(concurrent.builtIndexes()).containsExactly("ix_orders_total on orders");
        StatementObservation validate = report.statement("a3", 6);
        assertThat(validate.sampled()).as("a non-transactional statement that can run in a transaction block is read before commit").isFalse();
        assertThat(validate.scanned()).containsExactly("orders");
        assertThat(validate.strongestOnExistingTables()).containsEntry("orders", "ShareUpdateExclusiveLock");
    }

    @Test
    void aMigrationThatFailsIsAFindingLaterOnesAreNotRunAndTheScratchDatabaseIsDropped() throws IOException {
        base();
        migration("a2", "a1", "", "ALTER TABLE orders ADD COLUMN region text NOT NULL;");
        migration("a3", "a2", "", "CREATE INDEX ix_orders_region ON orders (region);");
        List<String> before = scratchDatabases();
        MigrationSet set = MigrationSet.load(dir);

        VerifyReport report = LintVerifier.verify(SERVER, set, null, "public");

        assertThat(scratchDatabases()).isEqualTo(before);
        assertThat(report.migration("a2").failed()).isTrue();
        assertThat(report.statement("a2", 5).sqlState()).isEqualTo("23502");
        assertThat(report.notVerified()).containsExactly("a3");
        LintReport merged = report.withFailures(Lint.run(set, DatabaseKind.POSTGRES, LintConfig.DEFAULTS, null, dir),
                LintOptions.defaults(SqlFlavor.POSTGRES));
        assertThat(merged.findings()).filteredOn(f -> f.rule().equals(RuleCatalog.VERIFY_MIGRATION_FAILED))
                .singleElement().satisfies(f -> {
                    assertThat(f.revision()).isEqualTo("a2");
                    assertThat(f.line()).isEqualTo(5);
                    assertThat(f.message()).contains("(rolled back)").contains("contains null values");
                });
        assertThat(merged.findings()).filteredOn(f -> f.rule().equals(RuleCatalog.PG_ADD_COLUMN_NOT_NULL_NO_DEFAULT)).hasSize(1);
        assertThat(report.summary()).contains("Not run after the failure: a3.");
    }

    @Test
    void aRangeObservesOnlyItsMigrationsAfterTheMigratorAppliedTheEarlierOnes() throws IOException {
        base();
        migration("a2", "a1", "", "ALTER TABLE orders ADD COLUMN region text DEFAULT 'eu';");
        migration("a3", "a2", "", "ALTER TABLE orders ALTER COLUMN region SET NOT NULL;");
        try (ScratchDatabase scratch = ScratchDatabase.create(SERVER, "verify_range")) {
            VerifyReport report = LintVerifier.verifyOn(scratch.database(), MigrationSet.load(dir), "a3", "public");
            assertThat(report.migrations()).extracting(MigrationObservation::revision).containsExactly("a3");
            StatementObservation setNotNull = report.statement("a3", 5);
            assertThat(setNotNull.scanned()).containsExactly("orders");
            assertThat(setNotNull.strongestOnExistingTables()).containsEntry("orders", "AccessExclusiveLock");
            try (JdbcSession session = scratch.database().open()) {
                String version = session.queryOne("SELECT revision FROM strata_version", r -> r.getString(1));
                Long rows = session.queryOne("SELECT count(*) FROM orders WHERE region = 'eu'", r -> r.getLong(1));
                assertThat(version).isEqualTo("a3");
                assertThat(rows).as("rows seeded before a3, after the Migrator applied a1 and a2").isEqualTo((long) SampleRows.ROWS);
            }
        }
    }

    @Test
    void whenAnEarlierMigrationFailsTheErrorSaysSoAndTheScratchDatabaseIsStillDropped() throws IOException {
        migration("a1", "base", "", "CREATE TABLE t (id int PRIMARY KEY REFERENCES nowhere (id));");
        migration("a2", "a1", "", "CREATE INDEX ix_t ON t (id);");
        List<String> before = scratchDatabases();
        assertThatThrownBy(() -> LintVerifier.verify(SERVER, MigrationSet.load(dir), "a2", "public"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("lint --verify could not build the schema before the range:")
                .hasMessageContaining("nowhere");
        assertThat(scratchDatabases()).isEqualTo(before);
    }
}
