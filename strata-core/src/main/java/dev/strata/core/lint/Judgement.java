package dev.strata.core.lint;

import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.SqlFlavor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a rule sees when it judges one statement: the statement, the schema just before it, and the migration
 * around it (what it created so far, whether it runs in a transaction, whether it also changes the schema).
 */
final class Judgement {
    /** A finding before suppressions and severities: anchored to a statement (or -1: the migration). */
    record Raw(String rule, int revisionIndex, int statement, int line, String message, String fix) {
    }

    /** Per migration: what it has created so far, and facts about all of it. */
    static final class Migration {
        final int index;
        final String revision;
        final boolean transactional;
        final boolean changesSchema;
        final Set<String> createdTables = new HashSet<>();
        final Set<String> createdIndexes = new HashSet<>();
        final Set<String> addedColumns = new HashSet<>();
        /** Tables an earlier ALTER TABLE of this migration changed (it holds their ACCESS EXCLUSIVE lock until commit). */
        final Set<String> alteredTables = new HashSet<>();
        /** {@code table.constraint} added by this migration. */
        final Set<String> addedConstraints = new HashSet<>();
        /** Why no lock_timeout is in force at this point of the migration (PostgreSQL), or null when one is; and the fix. */
        String lockTimeoutOff;
        String lockTimeoutFix;
        /** The existing table this transaction holds ACCESS EXCLUSIVE on, with where it was taken; null before. */
        String exclusiveHeld;
        /** Every existing table this transaction holds ACCESS EXCLUSIVE on. */
        final Set<String> exclusiveTables = new java.util.LinkedHashSet<>();
        /** MariaDB: {@code SET foreign_key_checks = 0} is in force. */
        boolean foreignKeyChecksOff;

        Migration(int index, String revision, boolean transactional, List<Stmt> statements) {
            this.index = index;
            this.revision = revision;
            this.transactional = transactional;
            this.changesSchema = statements.stream().anyMatch(Stmt::isDdl);
        }

        boolean createdHere(String table) {
            return createdTables.contains(table);
        }
    }

    final Migration migration;
    final Stmt stmt;
    final int statement;
    final int line;
    final SchemaState state;
    final LintOptions options;
    private final List<Raw> out;

    Judgement(Migration migration, Stmt stmt, int statement, int line, SchemaState state, LintOptions options, List<Raw> out) {
        this.migration = migration;
        this.stmt = stmt;
        this.statement = statement;
        this.line = line;
        this.state = state;
        this.options = options;
        this.out = out;
    }

    SqlFlavor dialect() {
        return options.dialect();
    }

    boolean postgres() {
        return options.dialect() == SqlFlavor.POSTGRES;
    }

    /** True when the table existed before this migration (or is unknown to the history: assumed to exist). */
    boolean existing(String table) {
        return !migration.createdHere(table);
    }

    void report(String rule, String message, String fix) {
        out.add(new Raw(rule, migration.index, statement, line, message, fix));
    }
}
