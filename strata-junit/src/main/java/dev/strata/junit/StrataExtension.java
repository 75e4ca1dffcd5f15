package dev.strata.junit;

import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.DatabaseUrl;
import dev.strata.runtime.config.ModelConfig;
import dev.strata.runtime.testkit.Check;
import dev.strata.runtime.testkit.CheckResult;
import dev.strata.runtime.testkit.MigrationTestSuite;
import dev.strata.runtime.testkit.StepMigrator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Migration tests in JUnit 5. As a static field it gives the test class one scratch database, as an instance field
 * each test its own; either way the database starts at base (or where {@link #upgradedTo} says), tests get a
 * {@link StepMigrator} for it as a parameter, and it is dropped afterwards.
 *
 * <pre>{@code
 * @RegisterExtension
 * static StrataExtension db = StrataExtension.postgres("postgresql://postgres@localhost:5432/postgres")
 *         .migrations("db/migrations").model("db/schema.sql");
 *
 * @TestFactory
 * Stream<DynamicTest> migrationChecks() {
 *     return db.checks();                       // single-head, upgrade, model-matches, …, and the data tests
 * }
 *
 * @Test
 * void backfillKeepsEveryRow(StepMigrator migrator) {
 *     migrator.upgradeToBefore("3c0000000003");
 *     migrator.execute("INSERT INTO customers (id, name) VALUES (1, 'Ada')");
 *     migrator.upgradeOne();
 *     migrator.assertTrue("SELECT COUNT(*) = 1 FROM clients");
 * }
 * }</pre>
 *
 * The URL names the server: scratch databases are created on it with unique names. For SQLite they are temp files.
 */
public final class StrataExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StrataExtension.class);

    private final Database server;
    private Path migrations = Path.of("migrations");
    private final List<Path> model = new ArrayList<>();
    private final List<String> heads = new ArrayList<>();
    private Path tests;
    private Database environment;
    private String initialTarget;
    private volatile Scratch current;

    private StrataExtension(Database server) {
        this.server = server;
    }

    /** Scratch databases on the PostgreSQL server of {@code url} ({@code postgresql://user@host:port/db} or JDBC). */
    public static StrataExtension postgres(String url) {
        return of(url, DatabaseKind.POSTGRES);
    }

    /** Scratch databases on the MariaDB server of {@code url} ({@code mariadb://user@host:port/db} or JDBC). */
    public static StrataExtension mariadb(String url) {
        return of(url, DatabaseKind.MARIADB);
    }

    /** Scratch SQLite databases in temp files. */
    public static StrataExtension sqlite() {
        return new StrataExtension(new Database(DatabaseUrl.parse("sqlite:" + Path.of(System.getProperty("java.io.tmpdir"))
                .resolve("strata-junit.db"))));
    }

    /** Scratch databases on the server of any URL Strata reads. */
    public static StrataExtension of(String url) {
        return new StrataExtension(new Database(DatabaseUrl.parse(url)));
    }

    private static StrataExtension of(String url, DatabaseKind kind) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        if (parsed.kind() != kind) {
            throw new IllegalArgumentException(parsed.redacted() + " is not a " + kind + " URL");
        }
        return new StrataExtension(new Database(parsed));
    }

    /** The migrations directory (relative to the working directory); {@code migrations} by default. */
    public StrataExtension migrations(String dir) {
        return migrations(Path.of(dir));
    }

    public StrataExtension migrations(Path dir) {
        this.migrations = dir;
        return this;
    }

    /** SQL schema files of the desired schema, for {@code model-matches}. */
    public StrataExtension model(String... schemaFiles) {
        Arrays.stream(schemaFiles).map(Path::of).forEach(model::add);
        return this;
    }

    /** The heads {@code single-head} expects; by default exactly one. */
    public StrataExtension heads(String... expected) {
        heads.addAll(List.of(expected));
        return this;
    }

    /** The data tests directory; by default {@code tests/} beside the migrations directory. */
    public StrataExtension tests(String dir) {
        this.tests = Path.of(dir);
        return this;
    }

    /** A real database whose history {@code checksums} compares with the files (only read). */
    public StrataExtension environment(String url) {
        this.environment = new Database(DatabaseUrl.parse(url));
        return this;
    }

    /** Where each scratch database starts: upgraded to this target ({@code head}, a revision, …) instead of base. */
    public StrataExtension upgradedTo(String target) {
        this.initialTarget = target;
        return this;
    }

    /** The suite of checks, as configured. Each check makes its own scratch databases, apart from the test's. */
    public MigrationTestSuite suite() {
        MigrationTestSuite suite = MigrationTestSuite.on(server, MigrationSet.load(migrations))
                .withModel(new ModelConfig(model, List.of(), List.of(), null, null))
                .withHeads(heads);
        if (tests != null) {
            suite = suite.withTestsDir(tests);
        }
        return environment == null ? suite : suite.withEnvironment(environment, null);
    }

    /**
     * Every built-in check and data test as a dynamic test, for a {@code @TestFactory}: a failed check fails its
     * test with the check's message, a skipped one is reported as skipped (aborted) with the reason.
     */
    public Stream<DynamicTest> checks() {
        return suite().checks().stream().map(check -> DynamicTest.dynamicTest(check.name(), () -> verify(check)));
    }

    /** Fails unless every revision goes up, down and up again, and each downgrade leaves the schema as it found it. */
    public void assertEveryStepReversible() {
        MigrationTestSuite suite = suite();
        List<String> failures = new ArrayList<>();
        for (String name : List.of(MigrationTestSuite.UP_DOWN_CONSISTENCY, MigrationTestSuite.DOWNGRADE_LEAVES_NO_TRACE)) {
            CheckResult result = MigrationTestSuite.run(suite.check(name));
            if (result.failed()) {
                failures.add(name + ": " + result.message());
            }
        }
        if (!failures.isEmpty()) {
            Assertions.fail(String.join("\n", failures));
        }
    }

    /** The migrator of the current scratch database (the class's, or the running test's). */
    public StepMigrator migrator() {
        Scratch scratch = current;
        if (scratch == null) {
            throw new IllegalStateException("no scratch database: register the extension with @RegisterExtension and use it in a test");
        }
        return scratch.migrator;
    }

    /** The current scratch database. */
    public Database database() {
        return migrator().database();
    }

    private static void verify(Check check) {
        CheckResult result = MigrationTestSuite.run(check);
        switch (result.status()) {
            case FAIL -> Assertions.fail(result.name() + ": " + result.message());
            case SKIP -> Assumptions.abort(result.name() + " skipped: " + result.message());
            default -> {
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // only a static field gets here: one scratch database for the class
        current = open();
        context.getStore(NAMESPACE).put(this, current);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Scratch scratch = context.getStore(NAMESPACE).remove(this, Scratch.class);
        if (scratch != null) {
            scratch.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Scratch perClass = context.getStore(NAMESPACE).get(this, Scratch.class); // looks in the class's store too
        if (perClass == null) {
            current = open();
            context.getStore(NAMESPACE).put(this, current);
        } else {
            current = perClass;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Scratch perTest = context.getStore(NAMESPACE).remove(this, Scratch.class); // only the test's own, if any
        if (perTest != null) {
            perTest.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == StepMigrator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Scratch scratch = context.getStore(NAMESPACE).get(this, Scratch.class);
        if (scratch == null) {
            throw new ParameterResolutionException("no scratch database yet for " + parameter.getParameter()
                    + ": a StepMigrator is for tests and @BeforeEach methods (and @BeforeAll with a static field)");
        }
        return scratch.migrator;
    }

    private Scratch open() {
        MigrationSet set = MigrationSet.load(migrations);
        ScratchDatabase database = ScratchDatabase.create(server, "junit");
        Scratch scratch = new Scratch(database, new StepMigrator(database.database(), set));
        if (initialTarget != null) {
            try {
                scratch.migrator.upgrade(initialTarget);
            } catch (RuntimeException e) {
                scratch.close();
                throw e;
            }
        }
        return scratch;
    }

    /** A scratch database and its migrator; dropped once, however often closed. */
    private static final class Scratch implements AutoCloseable {
        private final ScratchDatabase database;
        private final StepMigrator migrator;
        private boolean closed;

        Scratch(ScratchDatabase database, StepMigrator migrator) {
            this.database = database;
            this.migrator = migrator;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                database.close();
            }
        }
    }
}
