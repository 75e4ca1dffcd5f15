package dev.strata.runtime.testkit;

import dev.strata.core.diff.SchemaDiffer;
import dev.strata.core.graph.Revision;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.ModelConfig;
import dev.strata.runtime.schema.SchemaReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built-in migration checks and the data tests, run against scratch databases on one server (PostgreSQL,
 * MariaDB, or SQLite temp files). Every check creates its own scratch databases and always drops them; the only
 * other database ever touched is the {@linkplain #environment environment}, and that is only read, by
 * {@code checksums}. Immutable: the {@code with…} methods return a changed copy.
 *
 * <p>Data tests live in {@code tests/<revision>/} beside the migrations directory (in its parent) unless
 * {@link #testsDir(Path)} says otherwise: {@code before.sql} seeds rows before the revision, {@code after.sql}
 * asserts on them after it (see {@link SqlAssertions} for the form).
 */
public final class MigrationTestSuite {
    public static final String SINGLE_HEAD = "single-head";
    public static final String UPGRADE = "upgrade";
    public static final String MODEL_MATCHES = "model-matches";
    public static final String UP_DOWN_CONSISTENCY = "up-down-consistency";
    public static final String DOWNGRADE_LEAVES_NO_TRACE = "downgrade-leaves-no-trace";
    public static final String CHECKSUMS = "checksums";
    public static final String LINT = "lint";
    /** The built-in checks, in the order they run. */
    public static final List<String> BUILT_IN = List.of(SINGLE_HEAD, UPGRADE, MODEL_MATCHES, UP_DOWN_CONSISTENCY,
            DOWNGRADE_LEAVES_NO_TRACE, CHECKSUMS, LINT);

    private final Database server;
    private final MigrationSet migrations;
    private final ModelConfig model;
    private final Set<String> expectedHeads;
    private final Path testsDir;
    private final Database environment;
    private final String environmentSchema;
    private final ExecutionSettings execution;
    /** Set once by {@link #withLint}; every other {@code with…} keeps the default, so call it last. */
    private dev.strata.runtime.config.LintConfig lint = dev.strata.runtime.config.LintConfig.DEFAULTS;

    private MigrationTestSuite(Database server, MigrationSet migrations, ModelConfig model, Set<String> expectedHeads,
                               Path testsDir, Database environment, String environmentSchema, ExecutionSettings execution) {
        this.server = server;
        this.migrations = migrations;
        this.model = model;
        this.expectedHeads = Set.copyOf(expectedHeads);
        this.testsDir = testsDir;
        this.environment = environment;
        this.environmentSchema = environmentSchema;
        this.execution = execution;
    }

    /**
     * @param server     where scratch databases are created: any database on the server (for SQLite, temp files are used)
     * @param migrations the migrations under test
     */
    public static MigrationTestSuite on(Database server, MigrationSet migrations) {
        return new MigrationTestSuite(server, migrations, ModelConfig.NONE, Set.of(), defaultTestsDir(migrations.dir()),
                null, null, ExecutionSettings.DEFAULTS);
    }

    /** {@code tests/} in the migrations directory's parent: {@code db/migrations} has its data tests in {@code db/tests}. */
    public static Path defaultTestsDir(Path migrationsDir) {
        Path parent = migrationsDir.toAbsolutePath().normalize().getParent();
        return (parent == null ? migrationsDir.toAbsolutePath() : parent).resolve("tests");
    }

    /** The desired schema for {@code model-matches}; without one that check is skipped. */
    public MigrationTestSuite withModel(ModelConfig model) {
        return new MigrationTestSuite(server, migrations, model == null ? ModelConfig.NONE : model, expectedHeads, testsDir,
                environment, environmentSchema, execution);
    }

    /** The heads {@code single-head} expects; empty (the default) means exactly one, whichever it is. */
    public MigrationTestSuite withHeads(Collection<String> heads) {
        return new MigrationTestSuite(server, migrations, model, Set.copyOf(heads), testsDir, environment, environmentSchema,
                execution);
    }

    public MigrationTestSuite withTestsDir(Path dir) {
        return new MigrationTestSuite(server, migrations, model, expectedHeads, dir, environment, environmentSchema, execution);
    }

    /**
     * A real database whose history {@code checksums} compares with the files; only read, never written.
     *
     * @param schema where its Strata tables are, or null for the dialect's default
     */
    public MigrationTestSuite withEnvironment(Database database, String schema) {
        return new MigrationTestSuite(server, migrations, model, expectedHeads, testsDir, database, schema, execution);
    }

    /** The [lint] configuration the {@code lint} check judges with (severities, PostgreSQL version). */
    public MigrationTestSuite withLint(dev.strata.runtime.config.LintConfig config) {
        MigrationTestSuite suite = new MigrationTestSuite(server, migrations, model, expectedHeads, testsDir, environment,
                environmentSchema, execution);
        suite.lint = config == null ? dev.strata.runtime.config.LintConfig.DEFAULTS : config;
        return suite;
    }

    dev.strata.runtime.config.LintConfig lint() {
        return lint;
    }

    ExecutionSettings execution() {
        return execution;
    }

    public MigrationTestSuite withExecution(ExecutionSettings settings) {
        return new MigrationTestSuite(server, migrations, model, expectedHeads, testsDir, environment, environmentSchema, settings);
    }

    /** The built-in checks, then one data test per folder of the tests directory, by name. */
    public List<Check> checks() {
        List<Check> checks = new ArrayList<>(List.of(new SingleHeadCheck(this), new UpgradeCheck(this),
                new ModelMatchesCheck(this), new UpDownConsistencyCheck(this), new DowngradeLeavesNoTraceCheck(this),
                new ChecksumsCheck(this), new LintCheck(this)));
        for (Path folder : dataTestFolders()) {
            checks.add(new DataTestCheck(this, folder));
        }
        return checks;
    }

    /** The check of that name; NoSuchElementException when there is none. */
    public Check check(String name) {
        return checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no check named " + name));
    }

    /** Runs every check, in order. */
    public List<CheckResult> run() {
        return checks().stream().map(MigrationTestSuite::run).collect(Collectors.toList());
    }

    /** Runs one check and measures it. */
    public static CheckResult run(Check check) {
        long started = System.nanoTime();
        CheckResult result = check.run();
        return result.took((System.nanoTime() - started) / 1_000_000);
    }

    public Path testsDir() {
        return testsDir;
    }

    public MigrationSet migrations() {
        return migrations;
    }

    Database server() {
        return server;
    }

    ModelConfig model() {
        return model;
    }

    Set<String> expectedHeads() {
        return expectedHeads;
    }

    Database environment() {
        return environment;
    }

    String environmentSchema() {
        return environmentSchema;
    }

    List<Revision> revisions() {
        return migrations.graph().revisions();
    }

    /** The graph's heads, in order, separated by spaces (the revision field of results about the heads). */
    String heads() {
        return migrations.graph().heads().isEmpty() ? null : String.join(" ", migrations.graph().heads());
    }

    ScratchDatabase scratch(String purpose) {
        return ScratchDatabase.create(server, purpose);
    }

    StepMigrator migrator(Database database) {
        return new StepMigrator(database, migrations, null, execution);
    }

    SchemaReader reader() {
        return new SchemaReader(server, Set.of());
    }

    SchemaDiffer differ() {
        return new SchemaDiffer(server.dialect().diffPolicy());
    }

    private List<Path> dataTestFolders() {
        if (testsDir == null || !Files.isDirectory(testsDir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(testsDir)) {
            return children.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
