package dev.strata.cli;

import dev.strata.cli.commands.AbortCommand;
import dev.strata.cli.commands.BackfillsCommand;
import dev.strata.cli.commands.BranchesCommand;
import dev.strata.cli.commands.CheckCommand;
import dev.strata.cli.commands.CompleteCommand;
import dev.strata.cli.commands.ExpansionsCommand;
import dev.strata.cli.commands.CurrentCommand;
import dev.strata.cli.commands.DiffCommand;
import dev.strata.cli.commands.DowngradeCommand;
import dev.strata.cli.commands.DriftCommand;
import dev.strata.cli.commands.HeadsCommand;
import dev.strata.cli.commands.HistoryCommand;
import dev.strata.cli.commands.InitCommand;
import dev.strata.cli.commands.LintCommand;
import dev.strata.cli.commands.LongTransactionsCommand;
import dev.strata.cli.commands.MergeCommand;
import dev.strata.cli.commands.RepairCommand;
import dev.strata.cli.commands.RevisionCommand;
import dev.strata.cli.commands.ShowCommand;
import dev.strata.cli.commands.StampCommand;
import dev.strata.cli.commands.TestCommand;
import dev.strata.cli.commands.UpgradeCommand;
import dev.strata.runtime.migrate.StrataVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: global options, and the commands below it. */
@Command(name = "strata", mixinStandardHelpOptions = true, versionProvider = StrataCommand.Version.class,
        description = "Schema migrations with a revision graph, safety checks and zero-downtime execution.",
        subcommands = {InitCommand.class, RevisionCommand.class, UpgradeCommand.class, DowngradeCommand.class,
                CurrentCommand.class, HeadsCommand.class, BranchesCommand.class, HistoryCommand.class, ShowCommand.class,
                MergeCommand.class, StampCommand.class, RepairCommand.class, DiffCommand.class, CheckCommand.class,
                DriftCommand.class, TestCommand.class, LintCommand.class,
                LongTransactionsCommand.class, BackfillsCommand.class,
                CompleteCommand.class, AbortCommand.class, ExpansionsCommand.class})
public final class StrataCommand implements Runnable {
    @Mixin
    private GlobalOptions global = new GlobalOptions();

    @Spec
    private CommandSpec spec;

    private final Main.Environment environment;
    private Context context;

    public StrataCommand(Main.Environment environment) {
        this.environment = environment;
    }

    public GlobalOptions global() {
        return global;
    }

    /** What every command needs, resolved once and lazily: settings, database, migrations, output. */
    public Context context() {
        if (context == null) {
            context = new Context(global, environment, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code strata --version}. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"strata " + StrataVersion.current()};
        }
    }
}
