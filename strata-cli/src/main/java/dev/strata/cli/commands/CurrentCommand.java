package dev.strata.cli.commands;

import dev.strata.cli.Context;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Map;
import java.util.Set;

@Command(name = "current", description = "The revision(s) the database is at.")
public final class CurrentCommand extends ContextCommand {
    @Override
    protected int run(Context context) {
        boolean describe = !context.global().json() && java.nio.file.Files.isDirectory(context.settings().migrationsDir());
        if (describe) {
            context.loadMigrationsInBackground(); // read while the database answers; its errors still come second
        }
        Set<String> current = context.currentRows();
        if (context.global().json()) {
            context.printJson(Map.of("current", List.copyOf(current)));
            return 0;
        }
        if (!describe) {
            // the recorded revision needs no migration files; without them it is shown bare
            (current.isEmpty() ? List.of("base (no revision applied)") : List.copyOf(current)).forEach(context.out()::println);
            return 0;
        }
        Describe.rows(current, context.migrations().graph()).forEach(context.out()::println);
        return 0;
    }
}
