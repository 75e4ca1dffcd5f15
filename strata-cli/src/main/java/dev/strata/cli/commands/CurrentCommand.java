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
        Set<String> current = context.bookkeeper().current();
        if (context.global().json()) {
            context.printJson(Map.of("current", List.copyOf(current)));
            return 0;
        }
        Describe.rows(current, context.migrations().graph()).forEach(context.out()::println);
        return 0;
    }
}
