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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

import java.util.List;

/** The root command: global options, and the commands below it. */
@Command(name = "strata", mixinStandardHelpOptions = true, versionProvider = StrataCommand.Version.class,
        description = "Schema migrations with a revision graph, safety checks and zero-downtime execution.")
public final class StrataCommand implements Runnable {
    /**
     * Every command, in the order {@code strata --help} lists them. They are registered by {@link #addCommands}
     * rather than in {@code @Command(subcommands = …)}, so that a run builds the option model of the one command
     * it invokes, not of all of them (picocli's model building is a good part of a cold start).
     */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, RevisionCommand.class, UpgradeCommand.class,
            DowngradeCommand.class, CurrentCommand.class, HeadsCommand.class, BranchesCommand.class, HistoryCommand.class,
            ShowCommand.class, MergeCommand.class, StampCommand.class, RepairCommand.class, DiffCommand.class,
            CheckCommand.class, DriftCommand.class, TestCommand.class, LintCommand.class,
            LongTransactionsCommand.class, BackfillsCommand.class, CompleteCommand.class, AbortCommand.class,
            ExpansionsCommand.class);

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

    /**
     * Registers the command that {@code args} invoke, found the way picocli finds it (the first word that is not a
     * root option or a root option's value), or every command when that word names none, when a root option is
     * not known, or when help or the version is asked for at the root: then picocli sees exactly what it would
     * see with all of them registered (usage listing, suggestions for a mistyped command).
     */
    static void addCommands(CommandLine commandLine, String[] args) {
        Class<?> invoked = invoked(commandLine.getCommandSpec(), args);
        for (Class<?> command : COMMANDS) {
            if (invoked == null || command == invoked) {
                commandLine.addSubcommand(name(command), command);
            }
        }
    }

    private static Class<?> invoked(CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-")) {
                int equals = arg.indexOf('=');
                OptionSpec option = root.findOption(equals > 0 ? arg.substring(0, equals) : arg);
                if (option == null || option.usageHelp() || option.versionHelp()) {
                    return null;
                }
                if (equals < 0 && option.arity().max() > 0) {
                    i++; // its value
                }
                continue;
            }
            for (Class<?> command : COMMANDS) {
                if (name(command).equals(arg)) {
                    return command;
                }
            }
            return null;
        }
        return null;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** After the command: closes what the context opened ahead of need and did not use. */
    void release() {
        if (context != null) {
            context.release();
        }
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
