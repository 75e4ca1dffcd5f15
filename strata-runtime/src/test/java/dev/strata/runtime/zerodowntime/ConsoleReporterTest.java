package dev.strata.runtime.zerodowntime;

import dev.strata.core.script.SqlStatement;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Backfill progress as a person sees it: a bar redrawn in place on a terminal, plain lines in a log. */
class ConsoleReporterTest {
    private static final Backfill BACKFILL = new Backfill("orders", "id", 1000, Duration.ZERO, Duration.ZERO, 1,
            new SqlStatement("UPDATE orders SET x = 1 WHERE {batch}", 5));

    private static BackfillProgress at(long rows, Duration elapsed) {
        return new BackfillProgress(BACKFILL, String.valueOf(rows), rows, rows, 10_000, rows / 1000, rows, elapsed);
    }

    private static String report(boolean terminal) {
        StringWriter text = new StringWriter();
        ConsoleReporter reporter = new ConsoleReporter(new PrintWriter(text), terminal);
        reporter.backfillStarting(BACKFILL, new BackfillProgress(BACKFILL, null, 0, 0, 10_000, 0, 0, Duration.ZERO));
        reporter.backfillProgress(at(2_500, Duration.ofSeconds(1)));
        reporter.backfillProgress(at(5_000, Duration.ofSeconds(2)));
        reporter.backfillFinished(at(10_000, Duration.ofSeconds(4)));
        return text.toString();
    }

    @Test
    void onATerminalTheBarShowsRowsRateAndEtaAndIsRedrawnInPlace() {
        String out = report(true);
        assertThat(out).startsWith("Backfill of orders by id in batches of 1000\n")
                .contains("\r[########......................]  2,500 of ~10,000 rows (25%), 2,500 rows/s, ETA 3s\033[K")
                .contains("\r[###############...............]  5,000 of ~10,000 rows (50%), 2,500 rows/s, ETA 2s\033[K")
                .endsWith("\r\033[K[##############################]  done: 10,000 rows updated in 10 batches, 4s, 2,500 rows/s\n");
    }

    @Test
    void elsewhereProgressIsPlainLinesWithoutControlCharacters() {
        String out = report(false);
        assertThat(out).doesNotContain("\r").doesNotContain("\033").doesNotContain("[#")
                .startsWith("Backfill of orders by id in batches of 1000\n")
                .endsWith("  done: 10,000 rows updated in 10 batches, 4s, 2,500 rows/s\n");
    }
}
