package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.error.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "init", description = "Scaffold strata.toml and an empty migrations directory in DIR (default: here).")
public final class InitCommand extends ContextCommand {
    static final String CONFIG = """
            # Strata configuration. Relative paths are relative to this file.
            # The database: a URL here, or STRATA_URL / DATABASE_URL, or --url. Without any, Strata uses
            # the embedded SQLite database sqlite:strata.db. Keep passwords out of this file: use STRATA_PASSWORD.
            [database]
            # url = "postgresql://app@localhost:5432/app"
            # schema = "public"    # where strata_version and strata_history live

            [migrations]
            dir = "migrations"

            [execution]
            lock-timeout = "2s"    # PostgreSQL lock_timeout for every statement; "0" turns it off
            lock-retries = 10      # retries after a lock timeout, with exponential backoff
            long-transaction = "30s"  # name sessions in a transaction this long before a strong lock; "0": off

            # [environments.staging]
            # url = "postgresql://deploy@staging-db:5432/app"
            """;

    @Parameters(index = "0", defaultValue = ".", paramLabel = "DIR")
    String dir;

    @Override
    protected int run(Context context) {
        Path root = context.workingDir().resolve(dir).normalize();
        Path config = root.resolve("strata.toml");
        Path migrations = root.resolve("migrations");
        if (Files.exists(config)) {
            throw new BadInputException(config + " already exists", "edit it, or init another directory");
        }
        try {
            Files.createDirectories(migrations);
            Files.writeString(config, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.out().println("Created " + context.workingDir().relativize(config) + " and "
                + context.workingDir().relativize(migrations) + "/");
        context.out().println("Next: strata revision -m \"first migration\", then strata upgrade");
        return 0;
    }
}
