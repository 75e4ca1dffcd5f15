package dev.strata.runtime.expand;

import dev.strata.core.error.BadInputException;
import dev.strata.core.error.ConfigException;
import dev.strata.core.graph.Step;
import dev.strata.core.script.ExpandDirective;
import dev.strata.core.script.MigrationScript;
import dev.strata.core.script.SqlStatement;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.config.ExecutionConfig;
import dev.strata.runtime.migrate.StepScript;
import dev.strata.runtime.zerodowntime.Backfill;
import dev.strata.runtime.zerodowntime.BackfillRunner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the steps of a migration that declares {@code -- strata:expand}, for the migrator's two sinks:
 * <ul>
 *   <li>upgrade: the expand half. Statements that are each safe to run again (record the expansion as
 *       {@code expanding}, add the new columns, install the trigger), then a batched, resumable backfill; the version
 *       moves together with the expansion becoming {@code expanded}. It runs statement by statement, whatever the
 *       header's {@code transactional} says.</li>
 *   <li>downgrade while the expansion is open: the abort, in one transaction with the version move. Once completed
 *       (or never expanded here), the migration's own downgrade section runs, as for any migration.</li>
 * </ul>
 */
public final class ExpandSteps {
    private static final String POSTGRES = "postgresql";

    private ExpandSteps() {
    }

    /**
     * The expand half of an upgrade step.
     *
     * @param session the database, to read the table's columns and key; null offline ({@code --sql FROM:TO})
     * @param running about to run: the table must exist. Otherwise (rendering a plan, {@code --sql}) an earlier step
     *                may create it, and what only the table can tell is left as a comment
     */
    public static StepScript upgrade(Step step, MigrationScript script, ExpandDirective directive, Dialect dialect, String schema,
                                     JdbcSession session, boolean running, List<String> prelude, List<String> bookkeeping) {
        String where = script.file().getFileName() + ":" + directive.line();
        requirePostgres(dialect, where);
        String revision = script.id();
        ExpansionStore store = new ExpansionStore(schema);
        TableFacts facts = session == null ? null : TableFacts.read(session, directive.table(), where, running);
        String key = directive.key();
        if (facts != null) {
            Expansion earlier = store.find(session, revision);
            check(facts, directive, earlier != null && earlier.isOpen(), where);
            key = key != null ? key : facts.primaryKey();
            if (key == null) {
                throw new BadInputException(where + ": " + TableFacts.display(directive.table())
                        + " has no single-column primary key to backfill by", "name a unique, indexed column with key= in the -- strata:expand line");
            }
        }
        ExpansionSql sql = new ExpansionSql(revision, directive, facts);
        List<SqlStatement> statements = new ArrayList<>();
        statements.add(new SqlStatement(store.create(), directive.line()));
        statements.add(new SqlStatement(store.recordExpanding(revision, directive.kind().word(), sql), directive.line()));
        sql.expand().forEach(s -> statements.add(new SqlStatement(s, directive.line())));
        SqlStatement update = new SqlStatement(sql.backfill(), directive.line());
        statements.add(update);
        // offline, or the table is made by an earlier step of this plan: its key is only known when the step runs
        String keyExpression = key != null ? Sql.quote(key) : "/* the primary key of "
                + TableFacts.display(directive.table()).replace("*/", "* /") + ", read when it runs */";
        Map<Integer, Backfill> backfills = Map.of(statements.size() - 1, backfill(sql.table(), keyExpression, directive, update, where));
        List<String> finish = new ArrayList<>(bookkeeping);
        finish.add(store.markExpanded(revision));
        return new StepScript(step, script, prelude, statements, finish, false, backfills);
    }

    /**
     * A downgrade step through an open expansion: its abort. Null when the expansion is not open (completed,
     * aborted, never run here), or there is no database to ask: then the migration's downgrade section runs.
     */
    public static StepScript downgrade(Step step, MigrationScript script, Dialect dialect, String schema, JdbcSession session,
                                       List<String> prelude, List<String> bookkeeping) {
        if (session == null || !POSTGRES.equals(dialect.name())) {
            return null;
        }
        Expansion expansion = new ExpansionStore(schema).find(session, script.id());
        if (expansion == null || !expansion.isOpen()) {
            return null;
        }
        List<SqlStatement> statements = new ArrayList<>();
        int line = script.upgrade().firstLine();
        expansion.abortSql().forEach(s -> statements.add(new SqlStatement(s, line)));
        List<String> finish = new ArrayList<>(bookkeeping);
        finish.addAll(Expansions.forget(session, schema, expansion.revision(), Expansion.ABORTED));
        return new StepScript(step, script, prelude, statements, finish, true, Map.of());
    }

    static void requirePostgres(Dialect dialect, String where) {
        if (!POSTGRES.equals(dialect.name())) {
            throw new BadInputException(where + ": expand/contract needs PostgreSQL (this database is " + dialect.name() + ")",
                    "on " + dialect.name() + ", write the change as plain statements in a migration of its own");
        }
    }

    private static void check(TableFacts facts, ExpandDirective directive, boolean reRun, String where) {
        String table = TableFacts.display(directive.table());
        if (!facts.columns().containsKey(directive.column())) {
            throw new BadInputException(where + ": " + table + " has no column " + directive.column(),
                    "check column= in the -- strata:expand line (names in double quotes keep their case)");
        }
        for (ExpandDirective.NewColumn column : directive.columns()) {
            if (facts.columns().containsKey(column.name()) && !reRun) {
                throw new BadInputException(where + ": " + table + " already has a column " + column.name(),
                        "name a new column in to=; an expansion adds its columns, and `strata abort` drops them again");
            }
        }
        if (directive.key() != null && !facts.columns().containsKey(directive.key())) {
            throw new BadInputException(where + ": " + table + " has no column " + directive.key() + " (key=)",
                    "name a unique, indexed column, ideally the primary key");
        }
    }

    private static Backfill backfill(String table, String keyExpression, ExpandDirective directive, SqlStatement update, String where) {
        int batch;
        try {
            batch = directive.batch() == null ? 1000 : Integer.parseInt(directive.batch());
        } catch (NumberFormatException e) {
            batch = 0;
        }
        if (batch <= 0) {
            throw new BadInputException(where + ": expand batch= must be a positive whole number", "e.g. batch=1000");
        }
        try {
            Duration sleep = ExecutionConfig.parseDuration(directive.sleep() == null ? "0" : directive.sleep(), "expand sleep=");
            Duration maxLag = ExecutionConfig.parseDuration(directive.maxLag() == null ? "10s" : directive.maxLag(), "expand max-lag=");
            return new Backfill(table, keyExpression, batch, sleep, maxLag, 1, update, true);
        } catch (ConfigException e) {
            throw new BadInputException(where + ": " + e.getMessage(), "e.g. sleep=50ms max-lag=10s");
        }
    }

    /** The progress table's rows for a revision, for an abort (it may never have been created). */
    static String progressTable(String schema) {
        return (schema == null ? "" : Sql.quote(schema) + ".") + Sql.quote(BackfillRunner.TABLE);
    }
}
