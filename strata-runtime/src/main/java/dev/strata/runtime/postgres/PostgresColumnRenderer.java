package dev.strata.runtime.postgres;

import dev.strata.core.error.BadInputException;
import dev.strata.core.model.Column;
import dev.strata.core.model.Identity;
import dev.strata.core.model.TableRef;
import dev.strata.core.ops.AlterColumn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code AlterColumn} on PostgreSQL: one {@code ALTER TABLE … ALTER COLUMN} per changed aspect, in an
 * order that keeps each step valid (an identity or generation is removed before the type changes, a default
 * is dropped before the type changes and set again after, NOT NULL is set before an identity is added). On an
 * existing table, NOT NULL is set through a validated check. A stored generated column with a new expression
 * is dropped and added again (SET EXPRESSION is PostgreSQL 17 only); a serial column becomes an identity
 * column, and back, its values going on where they were.
 */
final class PostgresColumnRenderer {
    private final PostgresClauses sql;

    PostgresColumnRenderer(PostgresClauses sql) {
        this.sql = sql;
    }

    /** Whether {@link #alter} drops the column and adds it again (a stored generated column's new expression). */
    static boolean replacesColumn(AlterColumn op) {
        return op.generatedChanged() && op.from().generated() != null && op.to().generated() != null && op.to().generated().stored();
    }

    void alter(AlterColumn op, PostgresRenderer.Script script) {
        TableRef table = op.table();
        Column from = op.from();
        Column to = op.to();
        sql.requireNoAttributes(table, to);
        requireNoSerialChange(op);
        if (op.generatedChanged() && to.generated() != null
                && (from.generated() == null || from.generated().stored() != to.generated().stored())) {
            throw new BadInputException("PostgreSQL cannot make the existing column " + table + "." + to.name()
                    + (from.generated() == null ? " a generated column" : " switch between stored and virtual generation"),
                    "drop the column and add it again (DropColumn, AddColumn), or write the migration by hand");
        }
        if (replacesColumn(op)) {
            replaceStoredGenerated(table, to, script);
            return;
        }
        String alter = "ALTER TABLE " + sql.table(table) + " ALTER COLUMN " + sql.quote(to.name()) + " ";
        // serial to identity and back (the model has no default and no sequence for a serial column)
        boolean serialToIdentity = isSerial(from.identity()) && to.identity() != null && !isSerial(to.identity());
        boolean identityToSerial = from.identity() != null && !isSerial(from.identity()) && isSerial(to.identity());

        if (identityToSerial) {
            identityToSerial(table, to, alter, script);
        } else if (op.identityChanged() && to.identity() == null) {
            script.add(alter + "DROP IDENTITY");
        }
        if (op.generatedChanged() && to.generated() == null) {
            script.add(alter + "DROP EXPRESSION");
        }
        boolean defaultDropped = false;
        if (op.typeChanged() || op.collationChanged()) {
            if (op.typeChanged() && from.defaultExpression() != null) {
                // PostgreSQL converts the default with the column only when an automatic cast exists (text to an
                // enum has none: "default ... cannot be cast automatically"): dropped first, set again below
                script.add(alter + "DROP DEFAULT");
                defaultDropped = true;
            }
            String type = PostgresClauses.storedType(to.type());
            String collation = to.collation() != null ? " COLLATE " + sql.nameOrSql(to.collation())
                    : from.collation() != null ? " COLLATE \"default\"" : "";
            // PostgreSQL refuses USING on a generated column, whose values are computed again anyway
            String using = op.typeChanged() && to.generated() == null ? " USING " + sql.quote(to.name()) + "::" + type : "";
            script.add(alter + "TYPE " + type + collation + using);
        }
        if (defaultDropped) {
            if (to.defaultExpression() != null) {
                script.add(alter + "SET DEFAULT " + (op.defaultChanged() ? to.defaultExpression() : retyped(to.defaultExpression())));
            }
        } else if (op.defaultChanged()) {
            script.add(alter + (to.defaultExpression() != null ? "SET DEFAULT " + to.defaultExpression() : "DROP DEFAULT"));
        }
        if (op.nullabilityChanged()) {
            if (to.nullable()) {
                script.add(alter + "DROP NOT NULL");
            } else {
                setNotNull(table, to.name(), alter, script);
            }
        }
        if (serialToIdentity) {
            serialToIdentity(table, to, script);
        } else if (op.identityChanged() && to.identity() != null && !identityToSerial) {
            alterIdentity(table, from.identity(), to, alter, script);
        }
        if (op.generatedChanged() && to.generated() != null) {
            // a virtual column (PostgreSQL 18, which has SET EXPRESSION); a stored one is replaced above
            script.add(alter + "SET EXPRESSION AS (" + to.generated().expression() + ")");
        }
        if (op.commentChanged()) {
            script.add("COMMENT ON COLUMN " + sql.table(table) + "." + sql.quote(to.name()) + " IS " + sql.literal(to.comment()));
        }
    }

    /** A string literal cast to a type, as PostgreSQL spells a default: {@code 'card'::text}. */
    private static final Pattern CAST_LITERAL = Pattern.compile("((?:[Ee])?'(?:[^']|'')*')::[A-Za-z_\"][\\w\\s.\"$\\[\\]()]*");

    /**
     * The default a column keeps through a type change, for its new type. The differ carries an unchanged default
     * over as the old column spells it, and PostgreSQL spells a literal default with a cast to the column's type
     * ({@code 'card'::text}), which the new type may not take ({@code payment_method}): the cast is left out, so
     * that the literal is read as the new type. Any other expression is kept as it is.
     */
    static String retyped(String defaultExpression) {
        Matcher literal = CAST_LITERAL.matcher(defaultExpression.strip());
        return literal.matches() ? literal.group(1) : defaultExpression;
    }

    /**
     * A new expression for a stored generated column. {@code ALTER COLUMN … SET EXPRESSION} exists only from
     * PostgreSQL 17, and this renderer targets 12 and later: the column is dropped and added again with its
     * whole target definition (type, nullability, comment too), and PostgreSQL computes its values again from
     * the new expression, so no data is lost. Like SET EXPRESSION, that rewrites the table under an ACCESS
     * EXCLUSIVE lock.
     */
    private void replaceStoredGenerated(TableRef table, Column to, PostgresRenderer.Script script) {
        String alterTable = "ALTER TABLE " + sql.table(table) + " ";
        script.note("the expression of stored generated column " + to.name() + " changes: SET EXPRESSION needs PostgreSQL 17,"
                + " so the column is dropped and added again, and its values are computed again from the new expression"
                + " (nothing is lost, the table is rewritten). It moves to the end of the table; the indexes and"
                + " constraints on it go with it and are created again after it; a view that reads it makes the DROP fail");
        script.add(alterTable + "DROP COLUMN " + sql.quote(to.name()));
        script.add(alterTable + "ADD COLUMN " + sql.column(table, to));
        if (to.comment() != null) {
            script.add("COMMENT ON COLUMN " + sql.table(table) + "." + sql.quote(to.name()) + " IS " + sql.literal(to.comment()));
        }
    }

    private void setNotNull(TableRef table, String column, String alter, PostgresRenderer.Script script) {
        if (script.isNew(table)) {
            script.add(alter + "SET NOT NULL");
            return;
        }
        String check = PostgresClauses.fit(table.name() + "_" + column, "_not_null_strata");
        String alterTable = "ALTER TABLE " + sql.table(table) + " ";
        script.note("SET NOT NULL on an existing table scans it under an ACCESS EXCLUSIVE lock: a CHECK (… IS NOT NULL)"
                + " is added NOT VALID and validated first (each in its own transaction), so SET NOT NULL needs no scan"
                + " (PostgreSQL 12+); the check is dropped after");
        script.add(alterTable + "ADD CONSTRAINT " + sql.quote(check) + " CHECK (" + sql.quote(column) + " IS NOT NULL) NOT VALID");
        script.add(alterTable + "VALIDATE CONSTRAINT " + sql.quote(check));
        script.add(alter + "SET NOT NULL");
        script.add(alterTable + "DROP CONSTRAINT " + sql.quote(check));
        script.outsideTransaction();
    }

    private void alterIdentity(TableRef table, Identity from, Column to, String alter, PostgresRenderer.Script script) {
        Identity identity = to.identity();
        if (from == null) {
            script.add(alter + "ADD " + sql.identityClause(table, to, identity));
            return;
        }
        if (from.kind() != identity.kind()) {
            sql.identityClause(table, to, identity); // refuses kinds PostgreSQL has no identity for
            script.add(alter + "SET GENERATED " + (identity.kind() == Identity.Kind.ALWAYS ? "ALWAYS" : "BY DEFAULT"));
        }
        if (identity.start() != null && !identity.start().equals(from.start())) {
            script.add(alter + "SET START WITH " + identity.start());
        }
        if (identity.increment() != null && !identity.increment().equals(from.increment())) {
            script.add(alter + "SET INCREMENT BY " + identity.increment());
        }
    }

    private static boolean isSerial(Identity identity) {
        return identity != null && identity.kind() == Identity.Kind.SERIAL;
    }

    /**
     * A serial column becomes an identity column. Its sequence is not in the model (nor is its default), so a
     * {@code DO} block finds it ({@code pg_get_serial_sequence}) when the script runs: the default is dropped,
     * the sequence too, the identity added, and its sequence set to go on where the serial's was, so no value
     * is handed out twice.
     */
    private void serialToIdentity(TableRef table, Column to, PostgresRenderer.Script script) {
        String tableSql = sql.table(table);
        String column = sql.quote(to.name());
        String serialSequence = "pg_get_serial_sequence(" + sql.literal(tableSql) + ", " + sql.literal(to.name()) + ")";
        script.note("serial column " + to.name() + " becomes an identity column: its default and its sequence (found when"
                + " the script runs) are dropped, and the identity's sequence goes on from where that one was");
        doBlock("\nDECLARE\n"
                + "    serial_sequence text := " + serialSequence + ";\n"
                + "    next_value bigint;\n"
                + "BEGIN\n"
                + "    IF serial_sequence IS NULL THEN\n"
                + "        RAISE EXCEPTION '%', " + sql.literal("column " + to.name() + " of " + table + " owns no sequence: it is not a serial column") + ";\n"
                + "    END IF;\n"
                + "    next_value := nextval(serial_sequence);\n"
                + "    ALTER TABLE " + tableSql + " ALTER COLUMN " + column + " DROP DEFAULT;\n"
                + "    EXECUTE format('DROP SEQUENCE %s', serial_sequence);\n"
                + "    ALTER TABLE " + tableSql + " ALTER COLUMN " + column + " ADD " + sql.identityClause(table, to, to.identity()) + ";\n"
                + "    PERFORM setval(" + serialSequence + ", next_value, false);\n"
                + "END\n", script);
    }

    /**
     * An identity column becomes a serial column: a sequence named as {@code serial} names it
     * ({@code table_column_seq}) takes over from the identity's, going on from where that one was, then becomes
     * the column's default and is owned by it. It is created under a passing name first, since the identity's
     * sequence usually has the name it gets.
     */
    private void identityToSerial(TableRef table, Column to, String alter, PostgresRenderer.Script script) {
        String name = PostgresClauses.fit(table.name() + "_" + to.name(), "_seq");
        String passing = PostgresClauses.fit(table.name() + "_" + to.name(), "_seq__strata");
        String sequence = sql.qualified(table.namespace(), name);
        String type = PostgresClauses.storedType(to.type());
        script.note("identity column " + to.name() + " becomes a serial column: its sequence " + name + " goes on from"
                + " where the identity's was, and is owned by the column");
        script.add("CREATE SEQUENCE " + sql.qualified(table.namespace(), passing) + (type.equals("bigint") ? "" : " AS " + type));
        script.add("SELECT setval(" + sql.literal(sql.qualified(table.namespace(), passing)) + ", nextval(pg_get_serial_sequence("
                + sql.literal(sql.table(table)) + ", " + sql.literal(to.name()) + ")), false)");
        script.add(alter + "DROP IDENTITY");
        script.add("ALTER SEQUENCE " + sql.qualified(table.namespace(), passing) + " RENAME TO " + sql.quote(name));
        script.add(alter + "SET DEFAULT nextval(" + sql.literal(sequence) + "::regclass)");
        script.add("ALTER SEQUENCE " + sequence + " OWNED BY " + sql.table(table) + "." + sql.quote(to.name()));
    }

    private static void doBlock(String body, PostgresRenderer.Script script) {
        String tag = "$strata$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$strata" + i + "$";
        }
        script.add("DO " + tag + body + tag);
    }

    private static void requireNoSerialChange(AlterColumn op) {
        if (!op.identityChanged()) {
            return;
        }
        Identity from = op.from().identity();
        Identity to = op.to().identity();
        if (isSerial(from) && isSerial(to)) {
            throw new BadInputException("cannot change the sequence options of serial column " + op.table() + "." + op.column()
                    + " (PostgreSQL): its sequence is not part of the model", "alter its sequence by hand (ALTER SEQUENCE)");
        }
        if ((isSerial(from) && to == null) || (from == null && isSerial(to))) {
            throw new BadInputException("cannot turn column " + op.table() + "." + op.column() + " into or out of a serial"
                    + " column in place (PostgreSQL), other than to or from an identity column: its sequence is not part of the model",
                    "write this change by hand (CREATE SEQUENCE … OWNED BY, SET DEFAULT nextval(…)), or use an identity column");
        }
    }
}
