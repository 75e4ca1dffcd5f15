package dev.strata.cli.commands;

import picocli.CommandLine.Command;

@Command(name = "abort",
        description = "Undo an open expansion: drop its dual-write trigger and the new column(s), keep the old column with every value, "
                + "and take its revision off the version table. With --sql, print it.")
public final class AbortCommand extends ExpansionCommand {
    @Override
    String action() {
        return "abort";
    }
}
