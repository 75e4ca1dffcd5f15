package dev.strata.cli.commands;

import dev.strata.cli.Context;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Map;

@Command(name = "repair", description = "Accept edited migration files (record their new checksums) and mark a half-failed migration as mended.")
public final class RepairCommand extends ContextCommand {
    @Override
    protected int run(Context context) {
        List<String> repaired = context.bookkeeper().repair();
        if (context.global().json()) {
            context.printJson(Map.of("repaired", repaired));
            return 0;
        }
        if (repaired.isEmpty()) {
            context.say("Nothing to repair.");
        }
        repaired.forEach(line -> context.say("Repaired: " + line));
        return 0;
    }
}
