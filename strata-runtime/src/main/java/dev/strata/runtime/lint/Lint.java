package dev.strata.runtime.lint;

import dev.strata.core.lint.LintOptions;
import dev.strata.core.lint.LintReport;
import dev.strata.core.lint.Linter;
import dev.strata.core.script.MigrationSet;
import dev.strata.core.script.SqlFlavor;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.ExecutionConfig;
import dev.strata.runtime.config.LintConfig;

import java.nio.file.Path;
import java.time.Duration;

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
}
