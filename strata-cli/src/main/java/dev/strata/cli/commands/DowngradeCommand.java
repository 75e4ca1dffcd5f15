package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.graph.Direction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", description = "Revert migrations down to TARGET. With --sql, print what would run and touch nothing.")
public final class DowngradeCommand extends ContextCommand {
    @Parameters(index = "0", paramLabel = "TARGET", description = "base, a revision (or prefix), -N, REV-N, head-N, LABEL@base")
    String target;

    @Option(names = "--sql", description = "Print the SQL, version bookkeeping included, instead of running it.")
    boolean sql;

    @Override
    protected int run(Context context) {
        return RunReport.run(context, Direction.DOWNGRADE, target(target), sql);
    }
}
