package dev.strata.runtime.lint;

import dev.strata.core.lint.sql.ColumnDef;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.ForeignKeyRef;
import dev.strata.core.lint.sql.SqlType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The grammar of column definitions and table constraints, shared by CREATE TABLE and ALTER TABLE ADD/MODIFY/CHANGE.
 * (JSqlParser 5.3 rejects too many common forms here: inline REFERENCES … ON DELETE SET NULL, DEFAULT nextval(…)
 * before PRIMARY KEY, UNIQUE NULLS NOT DISTINCT, interval fields, doubled quotes in MariaDB names.) A CHECK's
 * expression is still handed to JSqlParser to see whether it proves a column NOT NULL.
 */
final class Definitions {
    /** Words that end a column's type and start its constraints and options. */
    private static final Set<String> AFTER_TYPE = Set.of("NOT", "NULL", "DEFAULT", "CONSTRAINT", "PRIMARY", "UNIQUE", "REFERENCES",
            "CHECK", "GENERATED", "COLLATE", "AS", "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "ON", "KEY", "INVISIBLE", "VISIBLE",
            "FIRST", "AFTER", "STORAGE", "COMPRESSION", "CHARSET", "USING", "DEFERRABLE", "INITIALLY");
    private static final Set<String> CONSTRAINT_START = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE",
            "KEY", "INDEX", "FULLTEXT", "SPATIAL");

    private Definitions() {
    }

    /** True when the cursor is at a table constraint (or a MariaDB key) rather than a column. */
    static boolean atConstraint(Cursor c) {
        Token t = c.peek();
        if (t == null || t.kind() != Token.Kind.WORD || !CONSTRAINT_START.contains(t.upper())) {
            return false;
        }
        if (t.is("KEY") || t.is("INDEX") || t.is("FULLTEXT") || t.is("SPATIAL") || t.is("EXCLUDE")) {
            // MariaDB's KEY ix (a) / INDEX (a), PostgreSQL's EXCLUDE USING …: else a column of that name
            Token next = c.peek(1);
            Token after = c.peek(2);
            return next != null && (next.isSymbol("(") || next.is("USING") || next.is("KEY") || next.is("INDEX")
                    || (next.isName() && after != null && (after.isSymbol("(") || after.is("USING"))));
        }
        return true;
    }

    /** {@code name type [constraints and options]}. */
    static ColumnDef column(Cursor c) {
        String name = Names.part(c.next(), c.flavor);
        SqlType type = type(c);
        return ColumnSpecs.read(name, type, c);
    }

    /** The column's type: every token up to the first word that starts its constraints. */
    static SqlType type(Cursor c) {
        int start = c.at;
        while (!c.atEnd()) {
            Token t = c.peek();
            if (t.isSymbol("(")) {
                c.group();
            } else if (t.kind() == Token.Kind.WORD && AFTER_TYPE.contains(t.upper()) && c.at > start) {
                break;
            } else if (t.is("CHARACTER") && c.peek(1) != null && c.peek(1).is("SET") && c.at > start) {
                break;
            } else if (t.isName() || t.isSymbol(".") || t.isSymbol("[") || t.isSymbol("]") || t.kind() == Token.Kind.NUMBER) {
                c.next();
            } else {
                break;
            }
        }
        if (c.at == start) {
            throw c.mismatch("expected a type");
        }
        return Types.read(c.text(c.tokens.subList(start, c.at)), c.flavor);
    }

    /** A table constraint; {@code name} is one already read after ADD CONSTRAINT (or null). */
    static ConstraintDef constraint(Cursor c) {
        String name = null;
        if (c.accept("CONSTRAINT")) {
            if (!c.at("PRIMARY") && !c.at("UNIQUE") && !c.at("FOREIGN") && !c.at("CHECK") && !c.at("EXCLUDE")) {
                name = Names.part(c.next(), c.flavor);
            }
        }
        ConstraintDef.Kind kind;
        List<String> columns = List.of();
        ForeignKeyRef references = null;
        String check = null;
        String notNullColumn = null;
        String usingIndex = null;
        if (c.accept("PRIMARY", "KEY") || (c.at("UNIQUE") && !c.at("UNIQUE", "KEY") && !c.at("UNIQUE", "INDEX") && c.peek(1) != null
                && (c.peek(1).isSymbol("(") || c.peek(1).is("NULLS") || c.peek(1).is("USING")) && c.accept("UNIQUE"))
                || c.accept("UNIQUE", "KEY") || c.accept("UNIQUE", "INDEX")) {
            Token keyword = c.tokens.get(c.at - 1);
            kind = keyword.is("KEY") && c.tokens.get(c.at - 2).is("PRIMARY") ? ConstraintDef.Kind.PRIMARY_KEY : ConstraintDef.Kind.UNIQUE;
            if (c.accept("NULLS")) {
                c.accept("NOT");
                c.expect("DISTINCT");
            }
            if (c.accept("USING", "INDEX")) {
                usingIndex = c.name();
            } else {
                name = keyName(c, name);
                columns = columns(c);
            }
        } else if (c.accept("FOREIGN", "KEY")) {
            kind = ConstraintDef.Kind.FOREIGN_KEY;
            name = keyName(c, name);
            columns = columns(c);
            c.expect("REFERENCES");
            references = ColumnSpecs.references(c);
        } else if (c.accept("CHECK")) {
            kind = ConstraintDef.Kind.CHECK;
            check = c.group();
            notNullColumn = JSql.notNullColumn(check, c.flavor);
        } else if (c.accept("EXCLUDE")) {
            kind = ConstraintDef.Kind.EXCLUDE;
            skipRest(c);
        } else if (c.accept("KEY") || c.accept("INDEX") || c.accept("FULLTEXT") || c.accept("SPATIAL")) {
            c.accept("KEY");
            c.accept("INDEX");
            kind = ConstraintDef.Kind.INDEX;
            name = keyName(c, name);
            columns = columns(c);
        } else {
            throw c.mismatch("expected a table constraint");
        }
        boolean notValid = false;
        while (!c.atEnd() && !c.atSymbol(",") && !c.atSymbol(")")) {
            if (c.accept("NOT", "VALID")) {
                notValid = true;
            } else if (c.atSymbol("(")) {
                c.group();
            } else {
                c.next();
            }
        }
        return new ConstraintDef(kind, name, columns, references, check, notNullColumn, notValid, usingIndex);
    }

    /** MariaDB's optional index name before the column list ({@code UNIQUE KEY uq (a)}), and {@code USING BTREE}. */
    private static String keyName(Cursor c, String name) {
        if (!c.atSymbol("(") && !c.at("USING")) {
            String given = Names.part(c.next(), c.flavor);
            name = name == null ? given : name;
        }
        if (c.accept("USING")) {
            c.next();
        }
        return name;
    }

    /** {@code (a, b DESC, c(10))}: the column names. */
    static List<String> columns(Cursor c) {
        List<String> names = new ArrayList<>();
        for (List<Token> item : c.groupItems()) {
            if (!item.isEmpty()) {
                Token first = item.get(0);
                names.add(first.isName() ? Names.part(first, c.flavor) : "(" + c.text(item) + ")");
            }
        }
        return names;
    }

    private static void skipRest(Cursor c) {
        while (!c.atEnd() && !c.atSymbol(",") && !c.atSymbol(")")) {
            if (c.atSymbol("(")) {
                c.group();
            } else {
                c.next();
            }
        }
    }
}
