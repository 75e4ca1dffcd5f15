package dev.strata.runtime.postgres;

import dev.strata.core.diff.ConstraintKind;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.ExclusionConstraint;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dev.strata.runtime.postgres.ScratchPostgres.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names the server makes up for unnamed constraints and indexes — with 63-byte truncation that never
 * cuts a character, and numbers after the label on a clash — are the names the policy calls generated.
 */
class PostgresGeneratedNamesIT {
    private final PostgresDiffPolicy policy = new PostgresDiffPolicy();
    private final PostgresDialect pg = new PostgresDialect();

    @Test
    void unnamedObjectsOnOrdinaryNames() {
        try (ScratchPostgres db = ScratchPostgres.create("names_plain")) {
            db.run("""
                    CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE);
                    CREATE TABLE t (
                        id int PRIMARY KEY, a int, b int, parent_id int REFERENCES parent, code text, r int4range,
                        CHECK (a > 0), CHECK (a < 100), CHECK (a < b), UNIQUE (a, b),
                        FOREIGN KEY (code) REFERENCES parent (code), EXCLUDE USING gist (r WITH &&));
                    CREATE INDEX ON t (a);
                    CREATE INDEX ON t (a);
                    CREATE INDEX ON t (lower(code), upper(code), lower(code));
                    CREATE INDEX ON t ((a + b));
                    CREATE INDEX ON t ((code::varchar));
                    CREATE INDEX ON t (((a + b)::text));
                    CREATE INDEX ON t (a) INCLUDE (b, code);
                    CREATE INDEX ON t (coalesce(a, b));
                    CREATE INDEX ON t ((CASE WHEN a > 0 THEN b END));
                    CREATE INDEX chosen_by_hand ON t (b);
                    ALTER TABLE t ADD CONSTRAINT my_check CHECK (b > 0);
                    """);
            Table t = table(db.inspect(), "public", "t");
            assertThat(t.indexes()).extracting(Index::name).containsExactly("chosen_by_hand", "t_a_b_code_idx", "t_a_idx",
                    "t_a_idx1", "t_case_idx", "t_coalesce_idx", "t_code_idx", "t_expr_idx", "t_lower_upper_lower1_idx", "t_text_idx");
            assertEveryNameGeneratedBut(t, "chosen_by_hand", "my_check");
        }
    }

    @Test
    void longAndMultibyteNamesAreCutAtCharacterBoundaries() {
        String evenTable = "ü".repeat(31) + "x";        // 63 bytes; the cut falls between characters
        String oddTable = "a" + "ü".repeat(31);          // 63 bytes; the cut falls inside a character
        String longColumn = "€".repeat(21);               // 63 bytes
        String otherColumn = "kolom_" + "ö".repeat(28);   // 62 bytes
        assertThat(evenTable.getBytes(StandardCharsets.UTF_8)).hasSize(63);
        assertThat(oddTable.getBytes(StandardCharsets.UTF_8)).hasSize(63);
        try (ScratchPostgres db = ScratchPostgres.create("names_long")) {
            for (String name : new String[] {evenTable, oddTable}) {
                String q = pg.quote(name);
                String c1 = pg.quote(longColumn);
                String c2 = pg.quote(otherColumn);
                db.run("CREATE TABLE " + q + " (id int PRIMARY KEY, " + c1 + " int, " + c2 + " int, r int4range, "
                        + "CHECK (" + c1 + " > 0), CHECK (" + c1 + " < " + c2 + "), UNIQUE (" + c1 + ", " + c2 + "), "
                        + "FOREIGN KEY (" + c1 + ") REFERENCES " + q + " (id), EXCLUDE USING gist (r WITH &&))");
                db.run("CREATE INDEX ON " + q + " (" + c1 + ", " + c2 + ")");
                db.run("CREATE INDEX ON " + q + " (" + c1 + ", " + c2 + ")");
                db.run("CREATE INDEX ON " + q + " (lower(" + c1 + "::text))");
            }
            var schema = db.inspect();
            for (String name : new String[] {evenTable, oddTable}) {
                Table t = table(schema, "public", name);
                assertThat(t.primaryKey().name()).isEqualTo(PostgresNames.objectName(name, null, "pkey"));
                assertThat(t.primaryKey().name().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
                assertEveryNameGeneratedBut(t);
            }
            assertThat(table(schema, "public", oddTable).primaryKey().name()).isEqualTo("a" + "ü".repeat(28) + "_pkey");
            assertThat(table(schema, "public", evenTable).primaryKey().name()).isEqualTo("ü".repeat(29) + "_pkey");
        }
    }

    private void assertEveryNameGeneratedBut(Table t, String... chosen) {
        java.util.Set<String> byHand = java.util.Set.of(chosen);
        assertThat(policy.isGeneratedConstraintName(t, ConstraintKind.PRIMARY_KEY, t.primaryKey().name())).isTrue();
        for (UniqueConstraint unique : t.uniques()) {
            assertThat(policy.isGeneratedConstraintName(t, ConstraintKind.UNIQUE, unique.name())).as(unique.name())
                    .isEqualTo(!byHand.contains(unique.name()));
        }
        for (ForeignKey key : t.foreignKeys()) {
            assertThat(policy.isGeneratedConstraintName(t, ConstraintKind.FOREIGN_KEY, key.name())).as(key.name())
                    .isEqualTo(!byHand.contains(key.name()));
        }
        for (CheckConstraint check : t.checks()) {
            assertThat(policy.isGeneratedConstraintName(t, ConstraintKind.CHECK, check.name())).as(check.name())
                    .isEqualTo(!byHand.contains(check.name()));
        }
        for (ExclusionConstraint exclusion : t.exclusions()) {
            assertThat(policy.isGeneratedConstraintName(t, ConstraintKind.EXCLUSION, exclusion.name())).as(exclusion.name())
                    .isEqualTo(!byHand.contains(exclusion.name()));
        }
        for (Index index : t.indexes()) {
            assertThat(policy.isGeneratedIndexName(t, index)).as(index.name()).isEqualTo(!byHand.contains(index.name()));
        }
        assertThat(t.uniques().size() + t.foreignKeys().size() + t.checks().size() + t.exclusions().size() + t.indexes().size())
                .isGreaterThanOrEqualTo(6);
    }
}
