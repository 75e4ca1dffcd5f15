package dev.strata.cli.commands;

import dev.strata.cli.Context;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;
import java.util.Set;

@Command(name = "stamp", description = "Set the recorded revision to TARGET without running migrations.")
public final class StampCommand extends ContextCommand {
    @Parameters(index = "0", paramLabel = "TARGET", description = "head, heads, base, or a revision")
    String target;

    @Option(names = "--purge", description = "Replace the recorded revisions even if they name files that no longer exist.")
    boolean purge;

    @Override
    protected int run(Context context) {
        Set<String> after = context.bookkeeper().stamp(target(target), purge);
        if (context.global().json()) {
            context.printJson(Map.of("current", List.copyOf(after)));
            return 0;
        }
        context.say("Stamped " + context.database().description() + " at "
                + String.join(", ", Describe.rows(after, context.migrations().graph())) + "; no migration was run.");
        return 0;
    }
}
