package dev.strata.benchmark;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway through its Java API with default settings (validate on migrate, checksums on), migrations read from
 * the file system: {@code migrate()} for apply and up-to-date, {@code info()} for status.
 */
public final class FlywayRunner {

    private FlywayRunner() {
    }

    public static void main(String[] args) {
        RunnerSupport.main("FlywayRunner", args, (scenario, db, dir) -> {
            Flyway flyway = Flyway.configure()
                    .dataSource(db.jdbcUrl(), db.user(), db.password())
                    .locations("filesystem:" + dir.toAbsolutePath())
                    .load();
            if (scenario == Scenario.STATUS) {
                int all = flyway.info().all().length;
                if (all == 0) {
                    throw new IllegalStateException("flyway info found no migrations");
                }
            } else {
                MigrateResult result = flyway.migrate();
                if (!result.success) {
                    throw new IllegalStateException("flyway migrate did not succeed");
                }
            }
        });
    }
}
