package dev.strata.runtime.zerodowntime;

import dev.strata.core.error.MalformedMigrationException;
import dev.strata.core.script.SqlFlavor;
import dev.strata.core.script.Section;
import dev.strata.core.script.StatementSplitter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading concurrent index builds and backfill lines, with no database. */
class ZeroDowntimeParsingTest {
    @Test
    void theIndexAConcurrentBuildMakes() {
        assertThat(ConcurrentIndex.of("CREATE INDEX CONCURRENTLY ix_a ON t (a)")).isEqualTo(new ConcurrentIndex(null, "ix_a"));
        assertThat(ConcurrentIndex.of("create unique index concurrently if not exists IX_A on only app.t (a)"))
                .isEqualTo(new ConcurrentIndex("app", "ix_a"));
        assertThat(ConcurrentIndex.of("CREATE INDEX CONCURRENTLY \"Ix \"\"q\"\"\" ON \"App\" . \"T\" (a)"))
                .isEqualTo(new ConcurrentIndex("App", "Ix \"q\""));
        assertThat(ConcurrentIndex.of("CREATE INDEX CONCURRENTLY ON t (a)")).as("no name: nothing to look for").isNull();
        assertThat(ConcurrentIndex.of("CREATE INDEX ix ON t (a)")).isNull();
    }

    @Test
    void aBackfillLineAppliesToTheStatementBelowIt() {
        Section section = new Section("""
                ALTER TABLE orders ADD COLUMN IF NOT EXISTS total numeric;

                -- strata-backfill table=orders key=id batch=500 sleep=50ms max-lag=0
                -- totals for old orders
                UPDATE orders SET total = price * quantity WHERE total IS NULL AND {batch};
                UPDATE other SET x = 1;
                """, 10);
        var statements = StatementSplitter.split(section.text(), SqlFlavor.POSTGRES, section.firstLine());
        Map<Integer, Backfill> found = Backfill.find(section, statements, "f.sql");
        assertThat(found).containsOnlyKeys(1);
        Backfill b = found.get(1);
        assertThat(b.table()).isEqualTo("orders");
        assertThat(b.key()).isEqualTo("id");
        assertThat(b.batch()).isEqualTo(500);
        assertThat(b.sleep()).isEqualTo(Duration.ofMillis(50));
        assertThat(b.maxLag()).isZero();
        assertThat(b.ordinal()).isEqualTo(1);
    }

    @Test
    void aMalformedBackfillLineNamesItsLine() {
        Section noPlaceholder = new Section("-- strata-backfill table=orders key=id\nUPDATE orders SET total = 1;\n", 7);
        assertThatThrownBy(() -> Backfill.find(noPlaceholder,
                StatementSplitter.split(noPlaceholder.text(), SqlFlavor.POSTGRES, 7), "f.sql"))
                .isInstanceOf(MalformedMigrationException.class).hasMessageStartingWith("f.sql:7: ").hasMessageContaining("{batch}");
        Section noKey = new Section("-- strata-backfill table=orders batch=ten\nUPDATE orders SET total = 1 WHERE {batch};\n", 7);
        assertThatThrownBy(() -> Backfill.find(noKey, StatementSplitter.split(noKey.text(), SqlFlavor.POSTGRES, 7), "f.sql"))
                .isInstanceOf(MalformedMigrationException.class).hasMessageContaining("table= and key=");
    }

    @Test
    void forReviewABackfillIsTheBatchStatementWithItsKeysetBoundsAsParametersAndHowItRuns() {
        Section section = new Section("-- strata:backfill table=orders key=id batch=10000 sleep=10ms\n"
                + "UPDATE orders SET total = price * quantity WHERE total IS NULL AND {batch};\n", 3);
        Backfill b = Backfill.find(section, StatementSplitter.split(section.text(), SqlFlavor.POSTGRES, 3), "f.sql").get(0);

        assertThat(b.batchStatement(null, "5000")).isEqualTo("UPDATE orders SET total = price * quantity WHERE total IS NULL AND (id <= 5000)");
        assertThat(b.batchStatement("5000", "15000"))
                .isEqualTo("UPDATE orders SET total = price * quantity WHERE total IS NULL AND (id > 5000 AND id <= 15000)");
        var review = b.review("strata_backfill_progress");
        assertThat(review.get(review.size() - 1))
                .isEqualTo("UPDATE orders SET total = price * quantity WHERE total IS NULL AND (id > $1 AND id <= $2)");
        assertThat(review.subList(0, review.size() - 1)).allSatisfy(line -> assertThat(line).startsWith("--"));
        assertThat(String.join("\n", review)).doesNotContain("{batch}")
                .contains("batches of up to 10,000 rows of orders in id order, each batch its own transaction")
                .contains("$2 := SELECT max(id) FROM (SELECT id FROM orders WHERE id > $1 ORDER BY id LIMIT 10000) b")
                .contains("recorded in strata_backfill_progress").contains("a pause of 10 ms")
                .contains("while a replica lags more than 10s");
    }
}
