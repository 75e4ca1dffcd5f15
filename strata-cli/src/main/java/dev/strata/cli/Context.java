package dev.strata.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.config.Settings;
import dev.strata.runtime.migrate.Bookkeeper;
import dev.strata.runtime.config.ExecutionConfig;
import dev.strata.runtime.migrate.Migrator;

import java.io.PrintWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.nio.file.Path;

/**
 * What commands share, resolved lazily and once: the settings (options, environment, strata.toml), the
 * database, the migrations directory, and the ways to print.
 */
public final class Context {
    private final GlobalOptions global;
    private final Main.Environment environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private Settings settings;
    private Database database;
    private MigrationSet migrations;
    private FutureTask<MigrationSet> loading;

    Context(GlobalOptions global, Main.Environment environment, PrintWriter out, PrintWriter err) {
        this.global = global;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public GlobalOptions global() {
        return global;
    }

    public PrintWriter out() {
        return out;
    }

    /** Where errors, warnings, notes and progress go (notes and progress are suppressed by -q, errors never). */
    public PrintWriter err() {
        return err;
    }

    /** Whether stderr is a terminal, where progress may redraw a line in place. */
    boolean terminal() {
        return environment.terminal();
    }

    public Path workingDir() {
        return environment.workingDir();
    }

    public Settings settings() {
        if (settings == null) {
            settings = Settings.resolve(new Settings.Options(global.url, global.dir == null ? null : Path.of(global.dir),
                    global.config == null ? null : Path.of(global.config), global.env), environment.variables(), environment.workingDir());
        }
        return settings;
    }

    /** The configured model, with --classpath (relative to the working directory) in place of [model] classpath when given. */
    public dev.strata.runtime.config.ModelConfig model() {
        var model = settings().model();
        if (global.classpath.isEmpty()) {
            return model;
        }
        var classpath = global.classpath.stream().filter(e -> !e.isBlank()).map(e -> workingDir().resolve(e).normalize()).toList();
        return new dev.strata.runtime.config.ModelConfig(model.schemaFiles(), model.jpaPackages(), classpath,
                model.physicalNamingStrategy(), model.implicitNamingStrategy());
    }

    public Database database() {
        if (database == null) {
            Settings s = settings();
            if (s.usedDefaultUrl()) {
                note("Using the embedded default database " + s.url().redacted()
                        + " (give --url, STRATA_URL or [database] url in strata.toml for another).");
            }
            database = new Database(s.url());
        }
        return database;
    }

    public MigrationSet migrations() {
        if (migrations == null) {
            migrations = loading != null ? takeLoaded() : MigrationSet.load(settings().migrationsDir());
        }
        return migrations;
    }

    /**
     * Starts loading the migrations on another thread, for a command that first talks to the database and then
     * needs them: reading and checksumming the files overlaps with connecting. A failure surfaces from
     * {@link #migrations()}, the same exception at the same point as if it had loaded then.
     */
    public void loadMigrationsInBackground() {
        if (migrations != null || loading != null) {
            return;
        }
        java.nio.file.Path dir = settings().migrationsDir();
        loading = new FutureTask<>(() -> MigrationSet.load(dir));
        Thread thread = new Thread(loading, "strata-load-migrations");
        thread.setDaemon(true);
        thread.start();
    }

    private MigrationSet takeLoaded() {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the migrations", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            loading = null;
        }
    }

    public ExecutionSettings execution() {
        Settings s = settings();
        ExecutionSettings execution = new ExecutionSettings(s.execution().lockTimeout(), s.execution().lockRetries(),
                s.execution().statementTimeout(), ExecutionSettings.DEFAULTS.lockWait())
                .withLongTransactions(s.execution().longTransaction(), s.execution().longTransactionWait());
        if (global.lockWait != null) {
            execution = execution.withLockWait(ExecutionConfig.parseDuration(global.lockWait, "--lock-wait"));
        }
        return execution;
    }

    /** Closes what the run opened ahead of need and did not use (a background connection). */
    void release() {
        if (database != null) {
            database.discardEarlyConnection();
        }
    }

    public Migrator migrator() {
        return new Migrator(database(), migrations(), settings().schema(), execution(), new ProgressPrinter(this));
    }

    /** The version rows, read without loading the migrations (and without creating a missing SQLite file). */
    public java.util.Set<String> currentRows() {
        return Bookkeeper.current(database(), settings().schema());
    }

    public Bookkeeper bookkeeper() {
        return new Bookkeeper(database(), migrations(), settings().schema(), execution(), new ProgressPrinter(this));
    }

    /** A remark for the person at the terminal: on stderr, so stdout stays clean for SQL and JSON. */
    public void note(String text) {
        if (!global.quiet) {
            err.println(text);
            err.flush();
        }
    }

    /** A line of normal output (suppressed by -q). */
    public void say(String text) {
        if (!global.quiet) {
            out.println(text);
        }
    }

    /** Made on first use: building it loads some 350 classes, which a text-output run does not need (~0.1 s cold). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public void printJson(Object document) {
        try {
            out.println(Json.MAPPER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
