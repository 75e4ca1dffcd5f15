package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.cli.StrataCommand;
import dev.strata.core.error.BadInputException;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** A command that works through the shared {@link Context}: option binding here, the work in the library. */
abstract class ContextCommand implements Callable<Integer> {
    @ParentCommand
    private StrataCommand root;

    @Override
    public final Integer call() {
        return run(root.context());
    }

    protected abstract int run(Context context);

    /**
     * Unknown options reach commands as positional words (so that `downgrade -1` works); this tells them apart.
     */
    static String target(String word) {
        if (word != null && (word.startsWith("--") || word.matches("-[A-Za-z].*"))) {
            throw new BadInputException("unknown option " + word, "see `strata --help`");
        }
        return word;
    }
}
