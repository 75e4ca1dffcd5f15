package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.cli.ExitCodes;
import dev.strata.core.graph.Direction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", description = {"Apply migrations up to TARGET (default: head). With --sql, print what would run and touch nothing.",
        "The pending migrations are linted first (as `strata lint` does): an error finding refuses the upgrade (exit 1, nothing run)"
                + " unless --allow-unsafe is given."})
public final class UpgradeCommand extends ContextCommand {
    @Parameters(index = "0", defaultValue = "head", paramLabel = "TARGET",
            description = "head, heads, a revision (or prefix), LABEL@head, +N, REV+N; with --sql also FROM:TO")
    String target;

    @Option(names = "--sql", description = "Print the SQL, version bookkeeping included, instead of running it.")
    boolean sql;

    @Option(names = "--allow-unsafe", description = "Run even when `strata lint` finds errors in the pending migrations; they are printed as warnings.")
    boolean allowUnsafe;

    @Override
    protected int run(Context context) {
        try {
            return RunReport.run(context, Direction.UPGRADE, target(target), sql, pending -> UpgradeGate.check(context, pending, allowUnsafe));
        } catch (UpgradeGate.Refused refused) {
            return ExitCodes.FOUND; // the gate has said why
        }
    }
}
