package dev.strata.cli;

import dev.strata.core.lint.LintReport;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.LintConfig;
import dev.strata.runtime.lint.Lint;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The lint gate of {@code strata upgrade} on a real PostgreSQL: refusal, {@code --allow-unsafe}, suppressions, {@code --sql}. */
class UpgradeGateIT {
    private static final Path EXAMPLE = Path.of("..", "examples", "shop", "migrations").toAbsolutePath().normalize();
    private static ScratchDatabase scratch;

    @TempDir
    Path tmp;

    @BeforeAll
    static void createScratch() {
        scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "gate");
    }

    @AfterAll
    static void dropScratch() {
        scratch.close();
    }

    private Cli cli() {
        reset();
        return new Cli(tmp).env("STRATA_URL", scratch.database().url().redacted());
    }

    private static void reset() {
        try (JdbcSession session = scratch.database().open()) {
            session.execute("DROP SCHEMA public CASCADE");
            session.execute("CREATE SCHEMA public");
        }
    }

    private void migration(String revision, String revises, String upgrade) throws IOException {
        Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(tmp.resolve("migrations").resolve(revision + "_m.sql"), "-- strata:revision " + revision + "\n-- strata:revises "
                + revises + "\n-- strata:message " + revision + "\n\n-- strata:upgrade\n" + upgrade + "\n\n-- strata:downgrade irreversible\n");
    }

    private void unsafeProject() throws IOException {
        migration("aa01", "base", "CREATE TABLE orders (id bigint PRIMARY KEY, status text);");
        migration("aa02", "aa01", "CREATE INDEX ix_orders_status ON orders (status);");
    }

    private static boolean tableExists(String name) {
        try (JdbcSession session = scratch.database().open()) {
            return session.queryOne("SELECT to_regclass(?) IS NOT NULL", r -> r.getBoolean(1), name);
        }
    }

    @Test
    void anErrorFindingRefusesTheUpgradeWithExitOneAndNothingIsWritten() throws IOException {
        unsafeProject();
        Cli.Result result = cli().run("upgrade");
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines().get(0)).isEqualTo("error: upgrade refused: 1 error finding of `strata lint` in the 2 pending"
                + " migrations; make them safe, or suppress one with `-- strata:allow RULE-ID reason` on the line before the statement,"
                + " or run again with --allow-unsafe");
        assertThat(result.err()).contains("migrations/aa02_m.sql:6: error pg-create-index-nonconcurrent: CREATE INDEX ix_orders_status on orders");
        assertThat(tableExists("orders")).as("nothing ran").isFalse();
        assertThat(tableExists("strata_version")).as("not even the bookkeeping").isFalse();
    }

    @Test
    void onlyPendingMigrationsAreJudged() throws IOException {
        unsafeProject();
        Cli cli = cli();
        assertThat(cli.run("upgrade", "aa01").code()).isZero();
        migration("aa03", "aa02", "CREATE TABLE customers (id bigint PRIMARY KEY);");
        Cli.Result result = cli.run("upgrade", "--allow-unsafe", "aa02");
        assertThat(result.code()).as(result.toString()).isZero();
        Cli.Result next = cli.run("upgrade");
        assertThat(next.code()).as("aa02 is applied, so its finding no longer refuses: " + next).isZero();
        assertThat(next.out()).contains("+ aa03");
    }

    @Test
    void allowUnsafePrintsTheOverriddenFindingsAsWarningsAndRuns() throws IOException {
        unsafeProject();
        Cli.Result result = cli().run("upgrade", "--allow-unsafe");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.errLines().get(0)).isEqualTo("warning: --allow-unsafe: upgrading despite 1 error finding of `strata lint` in the"
                + " 2 pending migrations:");
        assertThat(result.err()).contains("warning pg-create-index-nonconcurrent: CREATE INDEX ix_orders_status").doesNotContain("error:");
        assertThat(result.out()).contains("+ aa02");
        assertThat(tableExists("orders")).isTrue();
    }

    @Test
    void sqlIsGatedToo() throws IOException {
        unsafeProject();
        Cli cli = cli();
        Cli.Result refused = cli.run("upgrade", "--sql");
        assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.out()).as("no SQL for review of an unsafe migration without --allow-unsafe").isEmpty();
        assertThat(refused.errLines().get(0)).startsWith("error: upgrade refused:");
        Cli.Result offline = cli.run("upgrade", "--sql", "aa01:aa02");
        assertThat(offline.code()).as("FROM:TO judges the steps from FROM: " + offline).isEqualTo(1);
        Cli.Result firstOnly = cli.run("upgrade", "--sql", ":aa01");
        assertThat(firstOnly.code()).as(firstOnly.toString()).isZero();
        Cli.Result allowed = cli.run("upgrade", "--sql", "--allow-unsafe");
        assertThat(allowed.code()).isZero();
        assertThat(allowed.out()).contains("CREATE INDEX ix_orders_status ON orders (status);");
    }

    @Test
    void aSuppressionWithAReasonPassesTheGateAsAutogenerateWritesIt() throws IOException {
        migration("aa01", "base", "CREATE TABLE orders (id bigint PRIMARY KEY, status text, note text);");
        migration("aa02", "aa01", "-- strata:allow drop-column removed from the model\nALTER TABLE \"orders\" DROP COLUMN \"note\";");
        Cli.Result result = cli().run("upgrade");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.err()).doesNotContain("refused").doesNotContain("warning");

        migration("aa03", "aa02", "ALTER TABLE orders DROP COLUMN status;");
        Cli.Result handWritten = new Cli(tmp).env("STRATA_URL", scratch.database().url().redacted()).run("upgrade");
        assertThat(handWritten.code()).as("a hand-written drop without the allowance: " + handWritten).isEqualTo(1);
        assertThat(handWritten.err()).contains("error drop-column");
    }

    @Test
    void theExampleShopUpgradesThroughTheGateOnPostgres() {
        Cli.Result result = cli().run("--dir", EXAMPLE.toString(), "upgrade");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Now at 7a4e1f2d9c3a (head)");
        assertThat(result.err()).doesNotContain("warning");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theExampleShopLintsCleanOnEveryDatabase(DatabaseKind kind) {
        LintReport report = Lint.run(MigrationSet.load(EXAMPLE), kind, LintConfig.DEFAULTS, null, EXAMPLE);
        // portable TIMESTAMP columns: on PostgreSQL the type-hygiene rule says timestamptz (info), nothing more
        assertThat(report.findings()).as(kind.name()).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(dev.strata.core.lint.Severity.INFO);
            assertThat(f.rule()).isEqualTo("timestamp-without-time-zone");
        });
        if (kind != DatabaseKind.POSTGRES) {
            assertThat(report.findings()).as(kind.name()).isEmpty();
        }
    }
}
