package dev.strata.runtime.postgres;

import dev.strata.core.diff.Difference;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.SchemaDiffer;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same schema, applied to two scratch databases (or inspected twice), is no difference at all; the
 * same schema written another way is no difference either; and a real change is exactly one difference.
 */
class PostgresNoFalsePositivesIT {
    private final SchemaDiffer differ = new SchemaDiffer(new PostgresDiffPolicy());

    @ParameterizedTest
    @ValueSource(strings = {"shop.sql", "saas.sql", "catalog.sql"})
    void theSameScriptInTwoDatabasesIsNoDifference(String script) {
        try (ScratchPostgres a = ScratchPostgres.create("fp_a"); ScratchPostgres b = ScratchPostgres.create("fp_b")) {
            a.runScript(script);
            b.runScript(script);
            Schema first = a.inspect();
            Schema again = a.inspect();
            Schema other = b.inspect();

            assertThat(again).isEqualTo(first);
            assertThat(other).isEqualTo(first);
            SchemaDiff diff = differ.diff(first, other);
            assertThat(diff.differences()).isEmpty();
            assertThat(diff.operations()).isEmpty();
            assertThat(differ.diff(other, first).isEmpty()).isTrue();
            assertThat(first.namespaces().stream().mapToInt(n -> n.tables().size()).sum()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theSameSchemaWrittenAnotherWayIsNoDifference() {
        try (ScratchPostgres a = ScratchPostgres.create("fp_shop"); ScratchPostgres b = ScratchPostgres.create("fp_shop_other")) {
            Schema shop = a.runScript("shop.sql").inspect();
            Schema reordered = b.runScript("shop_reordered.sql").inspect();
            assertThat(reordered).isNotEqualTo(shop); // column order, default spellings: the same schema all the same
            SchemaDiff diff = differ.diff(shop, reordered);
            assertThat(diff.differences()).isEmpty();
            assertThat(diff.operations()).isEmpty();
            assertThat(differ.diff(reordered, shop).isEmpty()).isTrue();
        }
    }

    @Test
    void aRealChangeIsExactlyOneDifference() {
        try (ScratchPostgres a = ScratchPostgres.create("fp_change_a"); ScratchPostgres b = ScratchPostgres.create("fp_change_b")) {
            Schema before = a.runScript("shop.sql").inspect();
            Schema after = b.runScript("shop.sql").run("ALTER TABLE orders ALTER COLUMN note TYPE varchar(600)").inspect();
            SchemaDiff diff = differ.diff(before, after);
            assertThat(diff.differences()).extracting(Difference::object, Difference::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("public.orders.note", "column-changed"));
        }
    }

    @Test
    void partitionsAndPartitionedIndexesAreReadAsTheyAre() {
        try (ScratchPostgres db = ScratchPostgres.create("fp_partitions")) {
            Namespace ns = ScratchPostgres.namespace(db.runScript("catalog.sql").inspect(), "public");
            assertThat(ns.tables()).extracting(Table::name)
                    .containsExactly("audit_log", "items", "reading_notes", "readings", "readings_2024", "readings_2025");
            assertThat(ns.table("readings_2024").orElseThrow().indexes()).extracting(i -> i.name()).containsExactly("readings_2024_value_idx");
            // one key to the partitioned table, not one more per partition it references
            assertThat(ns.table("reading_notes").orElseThrow().foreignKeys()).singleElement()
                    .satisfies(key -> assertThat(key.referencedTable().name()).isEqualTo("readings"));
        }
    }
}
