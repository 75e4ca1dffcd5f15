package dev.strata.runtime.migrate;

import dev.strata.core.dialect.Bookkeeping;
import dev.strata.core.dialect.SqlDialect;
import dev.strata.core.graph.Direction;
import dev.strata.runtime.zerodowntime.Backfill;
import dev.strata.runtime.zerodowntime.BackfillRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Prints what a run would execute, for review before production ({@code --sql}). Touches no database. */
final class ScriptSink {
    private final Appendable out;
    private final SqlDialect dialect;
    private final Bookkeeping bookkeeping;
    private final String osUser;

    ScriptSink(Appendable out, SqlDialect dialect, Bookkeeping bookkeeping, String osUser) {
        this.out = out;
        this.dialect = dialect;
        this.bookkeeping = bookkeeping;
        this.osUser = osUser;
    }

    void comment(String text) {
        line("-- " + text);
    }

    void statement(String sql) {
        line(sql + ";");
    }

    void run(StepScript step) {
        String from = step.direction() == Direction.UPGRADE ? String.join(", ", step.step().revision().revises()) : step.revision();
        String to = step.direction() == Direction.UPGRADE ? step.revision() : String.join(", ", step.step().revision().revises());
        line("");
        comment("Running " + step.direction().word() + " " + (from.isEmpty() ? "base" : from) + " -> " + (to.isEmpty() ? "base" : to)
                + (step.step().revision().message().isEmpty() ? "" : ", " + step.step().revision().message())
                + " (" + step.script().file().getFileName() + ")");
        if (step.transactional()) {
            statement(dialect.beginStatement());
        }
        step.prelude().forEach(this::statement);
        var backfills = step.backfills(); // from the section's directives, or made by an expand step
        for (int i = 0; i < step.statements().size(); i++) {
            Backfill backfill = backfills.get(i);
            if (backfill == null) {
                statement(step.statements().get(i).sql());
            } else {
                List<String> review = backfill.review(BackfillRunner.TABLE);
                review.subList(0, review.size() - 1).forEach(this::line);
                statement(review.get(review.size() - 1));
            }
        }
        if (!step.transactional()) {
            statement(dialect.beginStatement());
        }
        step.bookkeeping().forEach(this::statement);
        statement(bookkeeping.historyInsert(step.revision(), step.direction().word(), step.script().checksum(), osUser,
                StrataVersion.current(), HistoryEntry.SUCCESS));
        statement("COMMIT");
    }

    private void line(String text) {
        try {
            out.append(text).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
