package dev.strata.cli;

import dev.strata.core.graph.Step;
import dev.strata.runtime.migrate.MigrationListener;

import java.time.Duration;

/** Tells the person at the terminal what a run is doing, on stderr (stdout is for results). */
final class ProgressPrinter implements MigrationListener {
    private final Context context;

    ProgressPrinter(Context context) {
        this.context = context;
    }

    @Override
    public void lockWaiting(String holder) {
        context.note("Waiting for the migration lock, held by " + holder + " …");
    }

    @Override
    public void retrying(Step step, int attempt, int of, Duration pause, String reason) {
        context.note("Lock timeout in " + step.revision().id() + " (" + reason + "); retry " + attempt + " of " + of
                + " in " + pause.toMillis() + " ms");
    }

    @Override
    public void stepStarting(Step step, String file) {
        if (context.global().verbose()) {
            context.note("Running " + step.direction().word() + " " + step.revision().id() + " (" + file + ")");
        }
    }
}
