package dev.strata.core.lint;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule id of the catalogue (design/lint-rules.md), with its default severity and the databases it judges.
 * Ids are part of the user contract. {@code implemented} is false for catalogue rules this linter does not
 * check yet: naming one in {@code [lint.rules]} or a suppression is accepted, it just never fires.
 */
public final class RuleCatalog {
    /** One rule. */
    public record Rule(String id, Severity severity, Scope scope, boolean implemented, String summary) {
    }

    // statement understanding and suppressions
    public static final String UNRECOGNIZED_STATEMENT = "unrecognized-statement";
    public static final String SUPPRESSION_WITHOUT_REASON = "suppression-without-reason";
    public static final String UNUSED_SUPPRESSION = "unused-suppression";
    // PostgreSQL: locks and rewrites
    public static final String PG_CREATE_INDEX_NONCONCURRENT = "pg-create-index-nonconcurrent";
    public static final String PG_DROP_INDEX_NONCONCURRENT = "pg-drop-index-nonconcurrent";
    public static final String PG_CONCURRENT_IN_TRANSACTION = "pg-concurrent-in-transaction";
    public static final String PG_ADD_COLUMN_VOLATILE_DEFAULT = "pg-add-column-volatile-default";
    public static final String PG_ADD_COLUMN_NOT_NULL_NO_DEFAULT = "pg-add-column-not-null-no-default";
    public static final String PG_SET_NOT_NULL_SCAN = "pg-set-not-null-scan";
    public static final String PG_ALTER_COLUMN_TYPE_REWRITE = "pg-alter-column-type-rewrite";
    public static final String PG_ADD_CHECK_WITHOUT_NOT_VALID = "pg-add-check-without-not-valid";
    public static final String PG_ADD_FK_WITHOUT_NOT_VALID = "pg-add-fk-without-not-valid";
    public static final String PG_VALIDATE_IN_SAME_TRANSACTION = "pg-validate-in-same-transaction";
    public static final String PG_ADD_UNIQUE_CONSTRAINT = "pg-add-unique-constraint";
    public static final String PG_MISSING_LOCK_TIMEOUT = "pg-missing-lock-timeout";
    public static final String PG_STATEMENT_AFTER_ACCESS_EXCLUSIVE = "pg-statement-after-access-exclusive";
    public static final String PG_TABLE_REWRITE_COMMAND = "pg-table-rewrite-command";
    public static final String PG_ENUM_ADD_VALUE_UNORDERED = "pg-enum-add-value-unordered";
    public static final String PG_JSON_COLUMN = "pg-json-column";
    public static final String PG_IDENTIFIER_TOO_LONG = "pg-identifier-too-long";
    public static final String PG_TRUNCATE_CASCADE = "pg-truncate-cascade";
    // data safety and compatibility
    public static final String DROP_TABLE = "drop-table";
    public static final String DROP_COLUMN = "drop-column";
    public static final String RENAME_TABLE = "rename-table";
    public static final String RENAME_COLUMN = "rename-column";
    public static final String DROP_NOT_NULL = "drop-not-null";
    public static final String UNIQUE_ON_EXISTING_DATA = "unique-on-existing-data";
    public static final String BACKFILL_IN_DDL_TRANSACTION = "backfill-in-ddl-transaction";
    public static final String IRREVERSIBLE_DOWNGRADE = "irreversible-downgrade";
    public static final String DOWNGRADE_NOT_INVERSE = "downgrade-not-inverse";
    public static final String MODIFIED_AFTER_APPLY = "modified-after-apply";
    // design review
    public static final String FK_WITHOUT_INDEX = "fk-without-index";
    public static final String TABLE_WITHOUT_PRIMARY_KEY = "table-without-primary-key";
    public static final String UNNAMED_CONSTRAINT = "unnamed-constraint";
    public static final String VARCHAR_WITHOUT_LENGTH = "varchar-without-length";
    public static final String TIMESTAMP_WITHOUT_TIME_ZONE = "timestamp-without-time-zone";
    public static final String FK_WITHOUT_ON_DELETE = "fk-without-on-delete";
    // MariaDB / MySQL
    public static final String MY_COPY_ALGORITHM = "my-copy-algorithm";
    public static final String MY_ADD_COLUMN_NOT_NULL_NO_DEFAULT = "my-add-column-not-null-no-default";
    public static final String MY_ADD_FOREIGN_KEY = "my-add-foreign-key";
    public static final String MY_INLINE_REFERENCES = "my-inline-references";
    // verified by execution (lint --verify)
    public static final String VERIFY_MIGRATION_FAILED = "verify-migration-failed";

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        rule(UNRECOGNIZED_STATEMENT, Severity.INFO, Scope.ALL, true, "a statement the linter could not parse, so no rule judged it");
        rule(SUPPRESSION_WITHOUT_REASON, Severity.WARNING, Scope.ALL, true, "a -- strata:allow line without a reason");
        rule(UNUSED_SUPPRESSION, Severity.WARNING, Scope.ALL, true, "a -- strata:allow line that matches no finding");

        rule(PG_CREATE_INDEX_NONCONCURRENT, Severity.ERROR, Scope.POSTGRES, true, "CREATE INDEX without CONCURRENTLY on an existing table");
        rule(PG_DROP_INDEX_NONCONCURRENT, Severity.WARNING, Scope.POSTGRES, true, "DROP INDEX without CONCURRENTLY");
        rule(PG_CONCURRENT_IN_TRANSACTION, Severity.ERROR, Scope.POSTGRES, true, "CONCURRENTLY in a transactional migration");
        rule(PG_ADD_COLUMN_VOLATILE_DEFAULT, Severity.ERROR, Scope.POSTGRES, true, "ADD COLUMN whose default rewrites the table");
        rule(PG_ADD_COLUMN_NOT_NULL_NO_DEFAULT, Severity.ERROR, Scope.POSTGRES, true, "ADD COLUMN NOT NULL without a default on an existing table");
        rule(PG_SET_NOT_NULL_SCAN, Severity.ERROR, Scope.POSTGRES, true, "SET NOT NULL without a validated CHECK (c IS NOT NULL)");
        rule(PG_ALTER_COLUMN_TYPE_REWRITE, Severity.ERROR, Scope.POSTGRES, true, "ALTER COLUMN TYPE that is not binary-coercible");
        rule(PG_ADD_CHECK_WITHOUT_NOT_VALID, Severity.ERROR, Scope.POSTGRES, true, "ADD CHECK on an existing table without NOT VALID");
        rule(PG_ADD_FK_WITHOUT_NOT_VALID, Severity.ERROR, Scope.POSTGRES, true, "ADD FOREIGN KEY on an existing table without NOT VALID");
        rule(PG_VALIDATE_IN_SAME_TRANSACTION, Severity.ERROR, Scope.POSTGRES, true, "VALIDATE CONSTRAINT in the transaction that added it");
        rule(PG_ADD_UNIQUE_CONSTRAINT, Severity.ERROR, Scope.POSTGRES, true, "ADD UNIQUE / PRIMARY KEY on an existing table");
        rule(PG_MISSING_LOCK_TIMEOUT, Severity.ERROR, Scope.POSTGRES, true, "a strong lock with no lock_timeout in force");
        rule(PG_STATEMENT_AFTER_ACCESS_EXCLUSIVE, Severity.WARNING, Scope.POSTGRES, true, "more work after an ACCESS EXCLUSIVE lock in one transaction");
        rule(PG_TABLE_REWRITE_COMMAND, Severity.ERROR, Scope.POSTGRES, true, "VACUUM FULL, CLUSTER, SET TABLESPACE, SET LOGGED/UNLOGGED");
        rule(PG_ENUM_ADD_VALUE_UNORDERED, Severity.WARNING, Scope.POSTGRES, true, "ALTER TYPE ... ADD VALUE without BEFORE/AFTER");
        rule(PG_JSON_COLUMN, Severity.WARNING, Scope.POSTGRES, true, "a json column (jsonb is better)");
        rule(PG_IDENTIFIER_TOO_LONG, Severity.WARNING, Scope.POSTGRES, true, "a name over 63 bytes");
        rule(PG_TRUNCATE_CASCADE, Severity.ERROR, Scope.POSTGRES, true, "TRUNCATE ... CASCADE");

        rule(DROP_TABLE, Severity.ERROR, Scope.ALL, true, "DROP TABLE of a table that existed before this migration");
        rule(DROP_COLUMN, Severity.ERROR, Scope.ALL, true, "DROP COLUMN");
        rule(RENAME_TABLE, Severity.ERROR, Scope.ALL, true, "renaming a table");
        rule(RENAME_COLUMN, Severity.ERROR, Scope.ALL, true, "renaming a column");
        rule(DROP_NOT_NULL, Severity.WARNING, Scope.ALL, true, "DROP NOT NULL");
        rule(UNIQUE_ON_EXISTING_DATA, Severity.WARNING, Scope.ALL, true, "a unique index or constraint on existing rows");
        rule(BACKFILL_IN_DDL_TRANSACTION, Severity.WARNING, Scope.ALL, true, "UPDATE/DELETE in a transactional migration that also changes the schema");
        rule(IRREVERSIBLE_DOWNGRADE, Severity.WARNING, Scope.ALL, true, "a downgrade declared irreversible, or empty");
        rule(DOWNGRADE_NOT_INVERSE, Severity.ERROR, Scope.ALL, true, "the downgrade does not restore the schema (judged on lint's schema replay)");
        rule(MODIFIED_AFTER_APPLY, Severity.ERROR, Scope.ALL, true, "a file changed after it was applied (needs the database's history)");

        rule(FK_WITHOUT_INDEX, Severity.WARNING, Scope.ALL, true, "a foreign key whose columns lead no index");
        rule(TABLE_WITHOUT_PRIMARY_KEY, Severity.WARNING, Scope.ALL, true, "a table with no primary key");
        rule(UNNAMED_CONSTRAINT, Severity.WARNING, Scope.ALL, true, "a constraint or index left to a generated name");
        rule(VARCHAR_WITHOUT_LENGTH, Severity.INFO, Scope.POSTGRES, true, "type hygiene: varchar without a length");
        rule(TIMESTAMP_WITHOUT_TIME_ZONE, Severity.INFO, Scope.POSTGRES, true, "type hygiene: timestamp without time zone");
        rule(FK_WITHOUT_ON_DELETE, Severity.INFO, Scope.ALL, true, "a foreign key with no explicit ON DELETE");

        rule(MY_COPY_ALGORITHM, Severity.ERROR, Scope.MARIADB, true, "an ALTER TABLE only ALGORITHM=COPY can do");
        rule(MY_ADD_COLUMN_NOT_NULL_NO_DEFAULT, Severity.WARNING, Scope.MARIADB, true, "ADD COLUMN NOT NULL without a default");
        rule(MY_ADD_FOREIGN_KEY, Severity.ERROR, Scope.MARIADB, true, "a foreign key added to an existing table");
        rule(MY_INLINE_REFERENCES, Severity.WARNING, Scope.MARIADB, true, "inline REFERENCES on a column, which the server ignores");

        rule(VERIFY_MIGRATION_FAILED, Severity.ERROR, Scope.POSTGRES, true,
                "lint --verify: the migration fails on a scratch database with the schema at that point and sample rows");
    }

    private RuleCatalog() {
    }

    private static void rule(String id, Severity severity, Scope scope, boolean implemented, String summary) {
        RULES.put(id, new Rule(id, severity, scope, implemented, summary));
    }

    public static Optional<Rule> find(String id) {
        return Optional.ofNullable(RULES.get(id));
    }

    public static Rule get(String id) {
        Rule rule = RULES.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("no lint rule " + id);
        }
        return rule;
    }

    public static Collection<Rule> all() {
        return Collections.unmodifiableCollection(RULES.values());
    }
}
