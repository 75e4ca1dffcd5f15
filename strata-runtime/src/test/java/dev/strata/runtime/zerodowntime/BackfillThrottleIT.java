package dev.strata.runtime.zerodowntime;

import dev.strata.core.script.SqlStatement;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backfill pauses while a replica lags more than its max-lag. There is no replica on the test server, so the lag
 * reading is the one part stood in for: the first two readings say 20 s, then the replica has caught up.
 */
class BackfillThrottleIT {
    @Test
    void aBackfillWaitsWhileReplicasLagAndGoesOnWhenTheyCatchUp() {
        AtomicInteger readings = new AtomicInteger();
        ZeroDowntime lagging = new ZeroDowntime() {
            private final PostgresZeroDowntime postgres = new PostgresZeroDowntime();

            @Override
            public Duration replicationLag(JdbcSession session) {
                postgres.replicationLag(session); // the real query runs (and finds no replica)
                return readings.incrementAndGet() <= 2 ? Duration.ofSeconds(20) : Duration.ZERO;
            }

            @Override
            public boolean runsBackfills() {
                return true;
            }
        };
        List<String> events = new CopyOnWriteArrayList<>();
        ZeroDowntimeListener listener = new ZeroDowntimeListener() {
            @Override
            public void backfillThrottled(Backfill backfill, Duration lag, Duration limit) {
                events.add("throttled at " + Durations.format(lag) + " over " + Durations.format(limit));
            }

            @Override
            public void backfillFinished(BackfillProgress progress) {
                events.add("finished " + progress.rowsDone());
            }
        };
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "backfill_lag");
             JdbcSession s = scratch.database().open()) {
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER); INSERT INTO t SELECT g FROM generate_series(1, 250) g");
            Backfill backfill = Backfill.parse("table=t key=id batch=100 max-lag=5s", 1,
                    new SqlStatement("UPDATE t SET x = id WHERE {batch}", 1), "f.sql:1");
            long start = System.nanoTime();
            new BackfillRunner(s, lagging, "strata_backfill_progress", listener, (attempt, e) -> {
                throw e;
            }).run("r1", "upgrade", backfill);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
            assertThat(events).containsExactly("throttled at 20s over 5s", "finished 250");
            assertThat(s.<Long>queryOne("SELECT count(*) FROM t WHERE x = id", r -> r.getLong(1))).isEqualTo(250L);
        }
    }
}
