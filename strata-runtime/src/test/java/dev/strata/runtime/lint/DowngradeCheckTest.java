package dev.strata.runtime.lint;

import dev.strata.core.lint.Finding;
import dev.strata.core.lint.RuleCatalog;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.LintConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code downgrade-not-inverse} judges only what lint's replay models: a downgrade that drops a schema (and with it
 * the tables the upgrade made there) is left to {@code strata test}, never reported as leaving the tables behind.
 */
class DowngradeCheckTest {
    @TempDir
    Path dir;

    private List<Finding> lint(String upgrade, String downgrade) throws Exception {
        Files.writeString(dir.resolve("r1_base.sql"), "-- strata:revision r1\n-- strata:revises base\n\n-- strata:upgrade\n"
                + upgrade + "\n\n-- strata:downgrade\n" + downgrade + "\n");
        return Lint.run(MigrationSet.load(dir), DatabaseKind.POSTGRES, LintConfig.DEFAULTS, null, dir).findings().stream()
                .filter(f -> f.rule().equals(RuleCatalog.DOWNGRADE_NOT_INVERSE)).toList();
    }

    @Test
    void aDroppedSchemaIsNotJudgedAsLeavingItsTablesBehind() throws Exception {
        assertThat(lint("CREATE SCHEMA app;\nCREATE TABLE app.readings (id integer PRIMARY KEY);", "DROP SCHEMA app CASCADE;"))
                .isEmpty();
    }

    @Test
    void aDowngradeThatForgetsTheTableIsStillReported() throws Exception {
        assertThat(lint("CREATE SCHEMA app;\nCREATE TABLE app.readings (id integer PRIMARY KEY);", "DROP VIEW IF EXISTS app.nothing;"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("table app.readings is left behind"));
    }
}
