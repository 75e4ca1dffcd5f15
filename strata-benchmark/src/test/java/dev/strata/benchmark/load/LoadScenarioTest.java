package dev.strata.benchmark.load;

import dev.strata.core.script.MigrationScript;
import dev.strata.core.script.MigrationSet;
import dev.strata.core.script.SqlFlavor;
import dev.strata.runtime.zerodowntime.Backfill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The load scenario's changes and its report, with no database. */
class LoadScenarioTest {

    @Test
    void everyStrataWayIsAValidMigrationSetWithOneHeadAndItsBackfillsRead(@TempDir Path root) throws IOException {
        for (Change change : Change.values()) {
            Path dir = Files.createDirectories(root.resolve(change.name()));
            for (Change.MigrationFile file : change.strata()) {
                Files.writeString(dir.resolve(file.name()), file.text());
            }
            MigrationSet set = MigrationSet.load(dir);
            assertThat(set.graph().heads()).as(change.label()).hasSize(1);
            int backfills = 0;
            for (MigrationScript script : set.scripts().values()) {
                backfills += Backfill.find(script.upgrade(), script.upgradeStatements(SqlFlavor.POSTGRES), "f").size();
            }
            int expected = change == Change.FOREIGN_KEY || change == Change.INDEX ? 0 : 1;
            assertThat(backfills).as(change.label() + ": backfill directives").isEqualTo(expected);
        }
    }

    @Test
    void theNaiveWayIsThePlainStatementAUserWouldWrite() {
        assertThat(Change.INDEX.naive()).doesNotContain("CONCURRENTLY");
        assertThat(Change.FOREIGN_KEY.naive()).doesNotContain("NOT VALID");
        assertThat(Change.NOT_NULL_COLUMN.naive()).contains("NOT NULL DEFAULT");
        assertThat(Change.INDEX.strata().get(0).text()).contains("CONCURRENTLY").contains("-- strata:transactional false");
    }

    @Test
    void p99IsTheLatencyBelowWhichNinetyNinePercentOfQueriesFinished() {
        List<QueryLoad.Query> queries = new java.util.ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            queries.add(new QueryLoad.Query(0, i * 1_000_000L, false));
        }
        assertThat(LoadBenchmark.p99(queries)).isEqualTo(198.0);
        assertThat(LoadBenchmark.p99(List.of())).isNaN();
    }

    @Test
    void theVerdictNamesTheChangesWhereStrataMissedTheGoal() {
        LoadResult fine = new LoadResult(Change.INDEX, true, 5000, 0, 80, 12, 16, 3000, 0, 2, true, null, Map.of());
        LoadResult slow = new LoadResult(Change.FOREIGN_KEY, true, 5000, 2400, 2410, 12, 40, 1000, 0, 2, true, null, Map.of());
        LoadResult naive = new LoadResult(Change.FOREIGN_KEY, false, 5000, 5600, 5610, 12, 5600, 20, 3, 0, true, null,
                Map.of("canceling statement due to user request", 3));
        LoadReport passes = new LoadReport(List.of(fine, naive), Duration.ofSeconds(2));
        assertThat(passes.holds()).as("naive runs are not judged").isTrue();
        assertThat(passes.render(false, "t")).contains("met for all 1 changes")
                .contains("add a foreign key, naive: 3 workload queries failed: canceling statement due to user request");
        LoadReport fails = new LoadReport(List.of(fine, slow), Duration.ofSeconds(2));
        assertThat(fails.holds()).isFalse();
        assertThat(fails.render(true, "t")).contains("NOT met for add a foreign key").contains("| create an index | Strata | 5.0 s | 0.0 ms | 80 ms |");
    }
}
