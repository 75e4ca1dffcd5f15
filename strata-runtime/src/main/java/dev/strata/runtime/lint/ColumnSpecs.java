package dev.strata.runtime.lint;

import dev.strata.core.lint.sql.ColumnDef;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.DefaultValue;
import dev.strata.core.lint.sql.ForeignKeyRef;
import dev.strata.core.lint.sql.SqlType;
import dev.strata.core.script.SqlFlavor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The constraints and options after a column's type ({@code NOT NULL DEFAULT now() REFERENCES u (id)} …), read
 * by a small grammar. JSqlParser hands them over as a list of words; they are lexed again here so that a
 * default expression or a check is one balanced unit.
 */
final class ColumnSpecs {
    /** Words that end a DEFAULT expression (at parenthesis depth 0). */
    private static final Set<String> STOP = Set.of("NOT", "NULL", "CONSTRAINT", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK",
            "GENERATED", "COLLATE", "ON", "COMMENT", "AUTO_INCREMENT", "AUTOINCREMENT", "FIRST", "AFTER", "INVISIBLE", "VISIBLE",
            "KEY", "AS", "DEFERRABLE", "INITIALLY", "CHARACTER", "CHARSET", "STORAGE", "COMPRESSION");

    private ColumnSpecs() {
    }

    static ColumnDef read(String name, SqlType type, String specs, SqlFlavor flavor) {
        return read(name, type, new Cursor(specs == null ? "" : specs, flavor));
    }

    /** From the cursor (after the type) to the end of the column definition: the end, or a ',' or ')' at depth 0. */
    static ColumnDef read(String name, SqlType type, Cursor c) {
        SqlFlavor flavor = c.flavor;
        boolean notNull = false;
        boolean primaryKey = false;
        boolean unique = false;
        DefaultValue defaultValue = null;
        ColumnDef.Generated generated = ColumnDef.Generated.NONE;
        ForeignKeyRef references = null;
        String check = null;
        Map<ConstraintDef.Kind, String> names = new EnumMap<>(ConstraintDef.Kind.class);
        String pendingName = null; // CONSTRAINT name, for the constraint that follows
        while (!c.atEnd() && !c.atSymbol(",") && !c.atSymbol(")")) {
            if (c.accept("NOT", "NULL")) {
                notNull = true;
                pendingName = null;
            } else if (c.accept("NULL")) {
                notNull = false;
            } else if (c.accept("CONSTRAINT")) {
                pendingName = Names.part(c.next(), flavor);
            } else if (c.accept("DEFAULT")) {
                defaultValue = defaultValue(c);
            } else if (c.accept("PRIMARY", "KEY")) {
                primaryKey = true;
                name(names, ConstraintDef.Kind.PRIMARY_KEY, pendingName);
                pendingName = null;
            } else if (c.accept("UNIQUE")) {
                c.accept("KEY");
                unique = true;
                name(names, ConstraintDef.Kind.UNIQUE, pendingName);
                pendingName = null;
            } else if (c.accept("REFERENCES")) {
                references = references(c);
                name(names, ConstraintDef.Kind.FOREIGN_KEY, pendingName);
                pendingName = null;
            } else if (c.accept("CHECK")) {
                check = c.group();
                c.accept("NO", "INHERIT");
                name(names, ConstraintDef.Kind.CHECK, pendingName);
                pendingName = null;
            } else if (c.accept("GENERATED")) {
                if (!c.accept("ALWAYS")) {
                    c.accept("BY", "DEFAULT");
                }
                c.expect("AS");
                if (c.accept("IDENTITY")) {
                    generated = ColumnDef.Generated.IDENTITY;
                    if (c.atSymbol("(")) {
                        c.group();
                    }
                } else {
                    c.group();
                    generated = storage(c, flavor);
                }
            } else if (c.at("AS") && c.peek(1) != null && c.peek(1).isSymbol("(")) {
                c.next();
                c.group();
                generated = storage(c, flavor);
            } else if (c.accept("AUTO_INCREMENT") || c.accept("AUTOINCREMENT")) {
                generated = ColumnDef.Generated.AUTO_INCREMENT;
            } else if (c.accept("ON", "UPDATE")) {
                skipExpression(c);
            } else if (c.atSymbol("(")) {
                c.group();
            } else {
                c.next();
            }
        }
        return new ColumnDef(name, type, notNull, primaryKey, unique, defaultValue, generated, references, check, names);
    }

    private static void name(Map<ConstraintDef.Kind, String> names, ConstraintDef.Kind kind, String name) {
        if (name != null) {
            names.put(kind, name);
        }
    }

    private static ColumnDef.Generated storage(Cursor c, SqlFlavor flavor) {
        if (c.accept("STORED") || c.accept("PERSISTENT")) {
            return ColumnDef.Generated.STORED;
        }
        if (c.accept("VIRTUAL")) {
            return ColumnDef.Generated.VIRTUAL;
        }
        return flavor == SqlFlavor.POSTGRES ? ColumnDef.Generated.STORED : ColumnDef.Generated.VIRTUAL;
    }

    /** DEFAULT's expression: tokens up to the next column keyword at depth 0; DEFAULT NULL is no default. */
    private static DefaultValue defaultValue(Cursor c) {
        int start = c.at;
        skipExpression(c);
        List<Token> run = c.tokens.subList(start, c.at);
        if (run.size() == 1 && run.get(0).is("NULL")) {
            return null;
        }
        return new DefaultValue(compact(run), functions(run));
    }

    /** An expression's tokens as SQL, spaced the usual way ({@code gen_random_uuid()}, {@code 'x'::text}). */
    static String compact(List<Token> run) {
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (Token t : run) {
            boolean tight = previous == null || t.isSymbol(")") || t.isSymbol(",") || t.isSymbol("::") || previous.isSymbol("::")
                    || previous.isSymbol("(") || t.isSymbol(".") || previous.isSymbol(".") || (t.isSymbol("(") && previous.isName());
            if (!tight) {
                out.append(' ');
            }
            out.append(t.text());
            previous = t;
        }
        return out.toString();
    }

    private static void skipExpression(Cursor c) {
        boolean first = true;
        while (!c.atEnd()) {
            Token t = c.peek();
            if (t.isSymbol("(")) {
                c.group();
            } else if (t.isSymbol(",") || t.isSymbol(")")) {
                return;
            } else if (!first && t.kind() == Token.Kind.WORD && STOP.contains(t.upper())) {
                return;
            } else {
                c.next();
            }
            first = false;
        }
    }

    /** The functions an expression calls: each name directly followed by '(' (schema dropped, lowercased). */
    static Set<String> functions(List<Token> run) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i + 1 < run.size(); i++) {
            if (run.get(i).isName() && run.get(i + 1).isSymbol("(")) {
                names.add(run.get(i).text().replace("\"", "").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    static ForeignKeyRef references(Cursor c) {
        String table = c.name();
        List<String> columns = new ArrayList<>();
        if (c.atSymbol("(")) {
            for (List<Token> item : c.groupItems()) {
                if (!item.isEmpty()) {
                    columns.add(Names.part(item.get(0), c.flavor));
                }
            }
        }
        while (c.accept("MATCH")) {
            c.next();
        }
        String onDelete = null;
        while (c.at("ON") && (c.peek(1) != null && (c.peek(1).is("DELETE") || c.peek(1).is("UPDATE")))) {
            c.next();
            boolean delete = c.next().is("DELETE");
            int start = c.at;
            if (!c.accept("NO", "ACTION") && !c.accept("SET", "NULL") && !c.accept("SET", "DEFAULT")) {
                c.next();
            }
            if (c.atSymbol("(")) {
                c.group();
            }
            if (delete) {
                onDelete = c.text(c.tokens.subList(start, c.at)).toUpperCase(Locale.ROOT);
            }
        }
        return new ForeignKeyRef(table, columns, onDelete);
    }
}
