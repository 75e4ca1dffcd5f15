package dev.strata.runtime.lint;

import dev.strata.core.error.StrataException;
import dev.strata.core.lint.Applied;
import dev.strata.core.lint.LintOptions;
import dev.strata.core.lint.LintReport;
import dev.strata.core.lint.Linter;
import dev.strata.core.lint.RuleCatalog;
import dev.strata.core.script.MigrationSet;
import dev.strata.core.script.SqlFlavor;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.ExecutionConfig;
import dev.strata.runtime.config.LintConfig;
import dev.strata.runtime.config.Settings;
import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.migrate.AppliedState;
import dev.strata.runtime.migrate.VersionStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** {@code strata lint}: the core linter with the runtime's statement reader and the project's {@code [lint]} settings. */
public final class Lint {
    private Lint() {
    }

    /** The dialect whose rules apply: the configured database's. */
    public static SqlFlavor dialect(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRES -> SqlFlavor.POSTGRES;
            case MARIADB -> SqlFlavor.MARIADB;
            case SQLITE -> SqlFlavor.SQLITE;
        };
    }

    public static LintOptions options(DatabaseKind kind, LintConfig config) {
        return options(kind, config, ExecutionConfig.DEFAULTS.lockTimeout());
    }

    /**
     * @param lockTimeout the project's {@code [execution] lock-timeout} (zero: off), which {@code pg-missing-lock-timeout}
     *                    judges against
     */
    public static LintOptions options(DatabaseKind kind, LintConfig config, Duration lockTimeout) {
        return new LintOptions(dialect(kind), config.postgresVersion(), config.rules(), lockTimeout);
    }

    /**
     * @param range {@code A:B}, {@code :B}, {@code A:} or null for every migration
     * @param base  file names in findings are relative to it (null: as loaded)
     */
    public static LintReport run(MigrationSet migrations, DatabaseKind kind, LintConfig config, String range, Path base) {
        return run(migrations, options(kind, config), range, base);
    }

    public static LintReport run(MigrationSet migrations, LintOptions options, String range, Path base) {
        return new Linter(new LintStatementReader(), options).lint(migrations, range, base);
    }

    /**
     * With what the configured database recorded ({@code modified-after-apply}); when it could not be read, the
     * report says so in a note instead of passing the rule silently.
     */
    public static LintReport run(MigrationSet migrations, LintOptions options, String range, Path base, History history) {
        LintReport report = new Linter(new LintStatementReader(), options, history.applied()).lint(migrations, range, base);
        return history.note() == null || options.severity(RuleCatalog.MODIFIED_AFTER_APPLY).isEmpty() ? report : report.withNote(history.note());
    }

    /** The recorded checksums of the database lint was given, or (applied null) why there are none to compare with. */
    public record History(Applied applied, String note) {
    }

    /**
     * Reads the checksums the configured database recorded: only reads, and only a database that was given (the
     * embedded default only when its file exists, so lint never creates it).
     */
    public static History history(Settings settings) {
        Database database = new Database(settings.url());
        if (settings.usedDefaultUrl() && database.isMissingFile()) {
            return new History(null, RuleCatalog.MODIFIED_AFTER_APPLY + " was not checked: no database was given"
                    + " (--url, STRATA_URL or [database] url names the one whose history the files are compared with)");
        }
        if (database.isMissingFile()) {
            return new History(new Applied(database.description(), Map.of()), null);
        }
        try (JdbcSession session = database.open()) {
            AppliedState state = new VersionStore(database.dialect(), settings.schema()).state(session);
            return new History(new Applied(database.description(), state.checksums()), null);
        } catch (StrataException e) {
            return new History(null, RuleCatalog.MODIFIED_AFTER_APPLY + " was not checked: cannot read the history of "
                    + database.description() + ": " + e.getMessage());
        }
    }
}
