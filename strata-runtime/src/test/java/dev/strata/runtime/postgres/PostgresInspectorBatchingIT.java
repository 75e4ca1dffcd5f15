package dev.strata.runtime.postgres;

import dev.strata.core.model.Table;
import dev.strata.runtime.postgres.PostgresInspector.Inspection;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspector sends the same number of statements whatever the number of tables: each catalog query once,
 * plus the two that open its snapshot. Every statement goes through the counting reader.
 */
class PostgresInspectorBatchingIT {
    /** SET TRANSACTION and set_config(search_path), on a session in autocommit mode. */
    private static final int SETUP_STATEMENTS = 2;

    @Test
    void oneTableAndTwoHundredTablesTakeTheSameStatements() {
        assertThat(PostgresCatalog.QUERIES).hasSize(11).doesNotHaveDuplicates();
        int expected = PostgresCatalog.QUERIES.size() + SETUP_STATEMENTS;
        try (ScratchPostgres one = ScratchPostgres.create("batch_one"); ScratchPostgres many = ScratchPostgres.create("batch_many")) {
            one.run(tableSql(0));
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                sql.append(tableSql(i));
            }
            many.run(sql.toString());

            Inspection small = new PostgresInspector().read(one.session(), Set.of());
            Inspection large = new PostgresInspector().read(many.session(), Set.of());

            assertThat(small.schema().namespaces().get(0).tables()).hasSize(1);
            assertThat(large.schema().namespaces().get(0).tables()).hasSize(200);
            Table last = large.schema().namespaces().get(0).table("t199").orElseThrow();
            assertThat(last.columns()).hasSize(4);
            assertThat(last.indexes()).hasSize(1);
            assertThat(last.foreignKeys()).hasSize(1);
            assertThat(small.statements()).isEqualTo(expected);
            assertThat(large.statements()).isEqualTo(expected);
        }
    }

    @Test
    void insideACallersTransactionItIsTheQueriesPlusSettingAndRestoringTheSearchPath() {
        try (ScratchPostgres db = ScratchPostgres.create("batch_tx")) {
            db.run(tableSql(0) + tableSql(1));
            db.session().autoCommit(false);
            Inspection inspection = new PostgresInspector().read(db.session(), Set.of());
            db.session().rollbackQuietly();
            db.session().autoCommit(true);
            assertThat(inspection.statements()).isEqualTo(PostgresCatalog.QUERIES.size() + 2);
        }
    }

    @Test
    void aQueryCannotRunTwiceInOneInspection() {
        try (ScratchPostgres db = ScratchPostgres.create("batch_twice")) {
            CatalogReader reader = CatalogReader.begin(db.session(), Set.of());
            try {
                reader.read(PostgresCatalog.TABLES);
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read(PostgresCatalog.TABLES))
                        .isInstanceOf(IllegalStateException.class);
            } finally {
                reader.end();
            }
        }
    }

    private static String tableSql(int i) {
        return "CREATE TABLE t" + i + " (id serial PRIMARY KEY, name text NOT NULL DEFAULT 'x', parent int REFERENCES t" + i
                + " (id), kind int CHECK (kind > 0)); CREATE INDEX ON t" + i + " (name);\n";
    }
}
