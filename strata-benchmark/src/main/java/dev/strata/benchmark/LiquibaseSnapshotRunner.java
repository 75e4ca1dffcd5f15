package dev.strata.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Table;

/**
 * Liquibase's snapshot of a database, taken as its {@code snapshot} command takes it (and its {@code diff} and
 * {@code diff-changelog} commands, for each side): {@code SnapshotGeneratorFactory.createSnapshot} of the
 * default schema with a default {@code SnapshotControl}, every object type. The command would then serialize
 * the snapshot as text; that part is left out, so the figure is the snapshot alone, as Strata's is the model
 * alone. Prints {@code tables=…}, the tables in the snapshot. Usage: {@code introspect URL}.
 */
public final class LiquibaseSnapshotRunner {

    private LiquibaseSnapshotRunner() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || Scenario.parse(args[0]) != Scenario.INTROSPECT) {
            System.err.println("usage: LiquibaseSnapshotRunner introspect URL");
            System.exit(2);
        }
        System.setProperty("liquibase.analytics.enabled", "false");
        DbUrl db = DbUrl.parse(args[1]);
        RunnerSupport.time(() -> {
            Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // No finally: after a StackOverflowError inside pgjdbc the connection can be mid-message, and closing
            // it (a commit) then waits forever for an answer. The child exits right after a failure anyway.
            DatabaseSnapshot snapshot = SnapshotGeneratorFactory.getInstance().createSnapshot(
                    new CatalogAndSchema[] {database.getDefaultSchema()}, database, new SnapshotControl(database));
            RunnerSupport.figure("tables", snapshot.get(Table.class).size());
            database.close();
        });
    }
}
