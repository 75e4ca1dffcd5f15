package dev.strata.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.benchmark.SchemaWorkload.Shape;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchemaWorkloadTest {

    @Test
    void treeKeysPointToHalfTheNumberAndChainKeysToTheOneBefore() {
        assertThat(Shape.TREE.parent(1)).isEqualTo(1);
        assertThat(Shape.TREE.parent(2)).isEqualTo(1);
        assertThat(Shape.TREE.parent(7)).isEqualTo(3);
        assertThat(Shape.TREE.parent(2000)).isEqualTo(1000);
        assertThat(Shape.CHAIN.parent(1)).isEqualTo(1);
        assertThat(Shape.CHAIN.parent(2000)).isEqualTo(1999);
    }

    @Test
    void everyTableHasTenColumnsAPrimaryKeyOneForeignKeyAndTwoIndexes() {
        String sql = SchemaWorkload.tableSql(Shape.CHAIN, 42);
        assertThat(sql).startsWith("CREATE TABLE t42 (");
        long columns = sql.lines().filter(line -> line.matches("    [a-z_]+ [a-z].*")).count();
        assertThat(columns).isEqualTo(10);
        assertThat(sql).contains("CONSTRAINT t42_pkey PRIMARY KEY (id)")
                .contains("CONSTRAINT t42_parent_fk FOREIGN KEY (parent_id) REFERENCES t41 (id)")
                .contains("CREATE INDEX t42_parent_id_idx ON t42 (parent_id);")
                .contains("CREATE INDEX t42_name_created_idx ON t42 (name, created_at);");
        assertThat(sql.split("REFERENCES", -1)).hasSize(2);
        assertThat(SchemaWorkload.tableSql(Shape.TREE, 42)).contains("REFERENCES t21 (id)");
    }

    @Test
    void theDiffChangesFiveTablesForEachKindOfChangeAllDifferent() {
        List<String> changes = SchemaWorkload.changes(2000);
        assertThat(changes).hasSize(25).doesNotHaveDuplicates();
        Set<String> tables = changes.stream().map(c -> c.replaceAll("^[^0-9]*?\\b(t[0-9]+).*$", "$1"))
                .collect(Collectors.toSet());
        assertThat(tables).hasSize(25);
        assertThat(changes.stream().filter(c -> c.contains("ADD COLUMN"))).hasSize(5);
        assertThat(changes.stream().filter(c -> c.startsWith("DROP INDEX"))).hasSize(5);
        assertThat(SchemaWorkload.changes(30)).hasSize(25).doesNotHaveDuplicates();
    }

    @Test
    void optionsReadTheSchemaScenariosAndTheirSizes() {
        Options options = Options.parse("--scenarios", "heap10k,introspect", "--tables", "500", "--shapes", "chain",
                "--heap-tables", "1,000");
        assertThat(options.scenarios()).containsExactly(Scenario.INTROSPECT, Scenario.HEAP10K);
        assertThat(options.tables()).isEqualTo(500);
        assertThat(options.shapes()).containsExactly(Shape.CHAIN);
        assertThat(options.heapTables()).isEqualTo(1000);
        Options defaults = Options.parse();
        assertThat(defaults.tables()).isEqualTo(2000);
        assertThat(defaults.shapes()).containsExactly(Shape.TREE, Shape.CHAIN);
        assertThat(defaults.scenarios()).contains(Scenario.APPLY, Scenario.INTROSPECT, Scenario.DIFF, Scenario.HEAP10K);
        assertThat(defaults.scenarios()).doesNotContain(Scenario.LOAD);
        assertThat(defaults.loadRows()).isEqualTo(1_000_000);
        assertThat(Options.parse("--scenario", "load", "--load-rows", "200,000").scenarios()).containsExactly(Scenario.LOAD);
        assertThat(Options.parse("--scenario", "load", "--load-rows", "200,000").loadRows()).isEqualTo(200_000);
        assertThat(defaults.jit()).isNull();
        assertThat(Options.parse("--jit", "OFF").jit()).isEqualTo("off");
        assertThatThrownBy(() -> Options.parse("--shapes", "star")).hasMessageContaining("unknown shape");
        assertThatThrownBy(() -> Options.parse("--jit", "auto")).hasMessageContaining("on or off");
    }
}
