package dev.strata.benchmark;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The raw floor of design/benchmarks.md: all the SQL as one text over one JDBC connection in one
 * transaction, with no files to list, no checksums and no bookkeeping. The JDBC twin of {@code psql -1 -f}.
 */
public final class SingleTransactionFloorRunner {

    private SingleTransactionFloorRunner() {
    }

    public static void main(String[] args) {
        RunnerSupport.main("SingleTransactionFloorRunner", args, (scenario, db, dir) -> {
            if (scenario != Scenario.APPLY) {
                throw new IllegalArgumentException("the single-transaction floor only applies");
            }
            String sql = Files.readString(dir.resolve(WorkloadWriter.FLOOR_ALL));
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                 Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute(sql);
                connection.commit();
            }
        });
    }
}
