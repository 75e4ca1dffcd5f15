package dev.strata.runtime.migrate;

import dev.strata.core.graph.Direction;
import dev.strata.core.graph.Step;
import dev.strata.core.script.MigrationScript;
import dev.strata.core.script.SqlStatement;
import dev.strata.runtime.zerodowntime.Backfill;

import java.util.List;
import java.util.Map;

/**
 * A step rendered to SQL: the migration's statements and the version bookkeeping, and whether they run in one
 * transaction. The JDBC sink executes exactly this; the script sink prints exactly this.
 *
 * @param prelude     session statements before the migration's own (a per-migration lock timeout)
 * @param statements  the upgrade or downgrade section, split the way the database's client splits it
 * @param bookkeeping the statements that move {@code strata_version}
 * @param backfills   the statements that run as batched backfills, by their index in {@code statements}
 */
public record StepScript(Step step, MigrationScript script, List<String> prelude, List<SqlStatement> statements,
                         List<String> bookkeeping, boolean transactional, Map<Integer, Backfill> backfills) {

    public String revision() {
        return step.revision().id();
    }

    public Direction direction() {
        return step.direction();
    }

    /** {@code file:line} of a statement, for messages. */
    public String where(SqlStatement statement) {
        return script.file().getFileName() + ":" + statement.line();
    }
}
