package dev.strata.runtime.lint.verify;

import dev.strata.core.lint.RuleCatalog;
import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.Stmt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import static dev.strata.core.lint.RuleCatalog.*;

/**
 * For every rule of the catalogue: either the observation that proves it (which statements it is about, read by the
 * parser, and what {@code lint --verify} must see them do for the rule to be right), or why locks, rewrites and scans
 * cannot prove it. The agreement test fails on a rule id missing here.
 */
final class AgreementTable {
    /**
     * @param about    the statements the rule judges (by what they are, not whether they are safe)
     * @param evidence what the statement was seen to do that makes the rule's verdict "unsafe"
     * @param proof    the same in words, for messages and the report
     */
    record Observable(Predicate<Stmt> about, BiPredicate<Stmt, StatementObservation> evidence, String proof) {
    }

    static final Map<String, Observable> OBSERVABLE = new LinkedHashMap<>();
    static final Map<String, String> NOT_OBSERVABLE = new LinkedHashMap<>();

    static {
        observable(PG_CREATE_INDEX_NONCONCURRENT, s -> s instanceof Stmt.CreateIndex,
                (s, o) -> !o.builtIndexes().isEmpty() && takes(o, "ShareLock"),
                "an index built on an existing table under a ShareLock on it (CONCURRENTLY takes ShareUpdateExclusiveLock)");
        observable(PG_DROP_INDEX_NONCONCURRENT, s -> s instanceof Stmt.DropIndex,
                (s, o) -> takes(o, "AccessExclusiveLock"),
                "AccessExclusiveLock on the index's existing table");
        observable(PG_CONCURRENT_IN_TRANSACTION, s -> concurrently(s),
                (s, o) -> "25001".equals(o.sqlState()),
                "PostgreSQL refuses the statement inside the migration's transaction (SQLSTATE 25001)");
        observable(PG_ADD_COLUMN_VOLATILE_DEFAULT, s -> has(s, AlterAction.AddColumn.class),
                (s, o) -> !o.rewritten().isEmpty(),
                "the existing table is rewritten (its relfilenode changes)");
        observable(PG_ADD_COLUMN_NOT_NULL_NO_DEFAULT, s -> has(s, AlterAction.AddColumn.class),
                (s, o) -> "23502".equals(o.sqlState()),
                "the statement fails on a table with rows (SQLSTATE 23502, not_null_violation)");
        observable(PG_SET_NOT_NULL_SCAN, s -> has(s, AlterAction.SetNotNull.class),
                (s, o) -> scannedUnder(o, "AccessExclusiveLock"),
                "the existing table is scanned while AccessExclusiveLock is held on it");
        observable(PG_ALTER_COLUMN_TYPE_REWRITE, s -> has(s, AlterAction.AlterColumnType.class),
                (s, o) -> !o.rewritten().isEmpty(),
                "the existing table is rewritten (its relfilenode changes)");
        observable(PG_ADD_CHECK_WITHOUT_NOT_VALID, s -> adds(s, ConstraintDef.Kind.CHECK),
                (s, o) -> scannedUnder(o, "AccessExclusiveLock"),
                "the existing table is scanned while AccessExclusiveLock is held on it (NOT VALID adds without a scan)");
        observable(PG_ADD_FK_WITHOUT_NOT_VALID, s -> adds(s, ConstraintDef.Kind.FOREIGN_KEY) || addsReferencingColumn(s),
                (s, o) -> scannedUnder(o, "ShareRowExclusiveLock"),
                "an existing table is scanned while a lock that blocks writes (ShareRowExclusiveLock or stronger) is held on it");
        observable(PG_VALIDATE_IN_SAME_TRANSACTION, s -> has(s, AlterAction.ValidateConstraint.class),
                (s, o) -> scannedUnder(o, "ShareLock"),
                "the validating scan runs while the transaction holds a lock that blocks writes on the table");
        observable(PG_ADD_UNIQUE_CONSTRAINT, s -> adds(s, ConstraintDef.Kind.UNIQUE) || adds(s, ConstraintDef.Kind.PRIMARY_KEY),
                (s, o) -> !o.builtIndexes().isEmpty() && takes(o, "AccessExclusiveLock"),
                "an index is built on the existing table under AccessExclusiveLock (USING INDEX builds none)");
        observable(PG_TABLE_REWRITE_COMMAND, s -> s instanceof Stmt.RewriteTable || has(s, AlterAction.Rewrite.class),
                (s, o) -> !o.rewritten().isEmpty(),
                "the existing table is rewritten (its relfilenode changes)");
        observable(PG_TRUNCATE_CASCADE, s -> s instanceof Stmt.Truncate,
                (s, o) -> o.rewritten().stream().anyMatch(t -> !((Stmt.Truncate) s).tables().stream()
                        .map(AgreementTable::bare).toList().contains(bare(t))),
                "a table the statement does not name is emptied (its relfilenode changes)");
        observable(PG_STATEMENT_AFTER_ACCESS_EXCLUSIVE, s -> true, AgreementTable::workAfterAccessExclusive,
                "the transaction already holds AccessExclusiveLock on an existing table from an earlier statement, and this statement"
                        + " takes a lock on another existing table, or changes rows (takes RowExclusiveLock on an existing table)");

        String dataSafety = "data safety and compatibility with running application versions: the harm is lost data or broken"
                + " readers, not a lock (the catalog change itself is brief)";
        notObservable(DROP_TABLE, dataSafety);
        notObservable(DROP_COLUMN, dataSafety);
        notObservable(RENAME_TABLE, dataSafety);
        notObservable(RENAME_COLUMN, dataSafety);
        notObservable(DROP_NOT_NULL, dataSafety);
        notObservable(UNIQUE_ON_EXISTING_DATA, "the sample rows are unique by construction; duplicates are a property of production data");
        notObservable(BACKFILL_IN_DDL_TRANSACTION, "the harm is a long transaction at production row counts; a few hundred sample rows"
                + " update in milliseconds");
        notObservable(IRREVERSIBLE_DOWNGRADE, "about the downgrade section, which --verify does not run");
        notObservable(DOWNGRADE_NOT_INVERSE, "about the downgrade section, which --verify does not run");
        notObservable(MODIFIED_AFTER_APPLY, "about the target database's history, not what the statement does");
        notObservable(PG_MISSING_LOCK_TIMEOUT, "about waiting behind other sessions; the scratch database has no contention, and"
                + " lock_timeout is a session setting read statically");
        notObservable(PG_ENUM_ADD_VALUE_UNORDERED, "ordering semantics of an enum; no table is locked or rewritten");
        notObservable(PG_JSON_COLUMN, "type hygiene");
        notObservable(PG_IDENTIFIER_TOO_LONG, "naming (PostgreSQL truncates the name with a NOTICE, no lock involved)");
        notObservable(FK_WITHOUT_INDEX, "design review of the resulting schema");
        notObservable(TABLE_WITHOUT_PRIMARY_KEY, "design review of the resulting schema");
        notObservable(UNNAMED_CONSTRAINT, "naming");
        notObservable(VARCHAR_WITHOUT_LENGTH, "type hygiene");
        notObservable(TIMESTAMP_WITHOUT_TIME_ZONE, "type hygiene");
        notObservable(FK_WITHOUT_ON_DELETE, "design review of the resulting schema");
        notObservable(UNRECOGNIZED_STATEMENT, "about the linter's reading of the statement");
        notObservable(SUPPRESSION_WITHOUT_REASON, "about a suppression comment");
        notObservable(UNUSED_SUPPRESSION, "about a suppression comment");
        notObservable(MY_COPY_ALGORITHM, "MariaDB; --verify runs on PostgreSQL");
        notObservable(MY_ADD_COLUMN_NOT_NULL_NO_DEFAULT, "MariaDB; --verify runs on PostgreSQL");
        notObservable(MY_ADD_FOREIGN_KEY, "MariaDB; --verify runs on PostgreSQL");
        notObservable(MY_INLINE_REFERENCES, "MariaDB; --verify runs on PostgreSQL");
        notObservable(VERIFY_MIGRATION_FAILED, "it is itself an observation: the migration failed on the scratch database");
    }

    private AgreementTable() {
    }

    private static void observable(String rule, Predicate<Stmt> about, BiPredicate<Stmt, StatementObservation> evidence, String proof) {
        RuleCatalog.get(rule);
        OBSERVABLE.put(rule, new Observable(about, evidence, proof));
    }

    private static void notObservable(String rule, String reason) {
        RuleCatalog.get(rule);
        NOT_OBSERVABLE.put(rule, reason);
    }

    /** The statement took a lock of this mode on an existing table. */
    private static boolean takes(StatementObservation o, String mode) {
        return o.taken().stream().anyMatch(l -> l.table() && l.preexisting() && l.mode().equals(mode));
    }

    /**
     * The evidence of pg-statement-after-access-exclusive. Limit: a statement that changes rows of a table whose
     * RowExclusiveLock the transaction already holds (a second UPDATE of it) takes no new lock, so it cannot be seen.
     */
    private static boolean workAfterAccessExclusive(Stmt s, StatementObservation o) {
        List<String> exclusiveBefore = o.held().stream()
                .filter(l -> l.table() && l.preexisting() && l.blocksReads() && !o.taken().contains(l)).map(Lock::relation).toList();
        if (exclusiveBefore.isEmpty()) {
            return false;
        }
        return o.taken().stream().anyMatch(l -> l.table() && l.preexisting()
                && (!exclusiveBefore.contains(l.relation()) || l.mode().equals("RowExclusiveLock")));
    }

    /** The statement scanned an existing table while holding on it a lock at least as strong as {@code mode}. */
    private static boolean scannedUnder(StatementObservation o, String mode) {
        for (String table : o.scanned()) {
            Lock held = o.strongestHeldOn(table);
            if (held != null && held.strength() >= Lock.MODES.indexOf(mode)) {
                return true;
            }
        }
        return false;
    }

    private static boolean concurrently(Stmt s) {
        return s instanceof Stmt.CreateIndex c && c.concurrently() || s instanceof Stmt.DropIndex d && d.concurrently();
    }

    private static List<AlterAction> actions(Stmt s) {
        return s instanceof Stmt.AlterTable alter ? alter.actions() : List.of();
    }

    private static boolean has(Stmt s, Class<? extends AlterAction> kind) {
        return actions(s).stream().anyMatch(kind::isInstance);
    }

    private static boolean adds(Stmt s, ConstraintDef.Kind kind) {
        return actions(s).stream().anyMatch(a -> a instanceof AlterAction.AddConstraint add && add.constraint().kind() == kind);
    }

    private static boolean addsReferencingColumn(Stmt s) {
        return actions(s).stream().anyMatch(a -> a instanceof AlterAction.AddColumn add && add.column().references() != null);
    }

    private static String bare(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace("\"", "");
        return lower.substring(lower.lastIndexOf('.') + 1);
    }
}
