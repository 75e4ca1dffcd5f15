package dev.strata.cli.commands;

import picocli.CommandLine.Command;

@Command(name = "complete",
        description = "Run the contract half of an open expansion: drop its dual-write trigger and the old column. With --sql, print it.")
public final class CompleteCommand extends ExpansionCommand {
    @Override
    String action() {
        return "complete";
    }
}
