package dev.strata.runtime.lint;

import dev.strata.core.lint.StatementReader;
import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.ColumnDef;
import dev.strata.core.lint.sql.SqlType;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.SqlFlavor;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads migration statements into the lint statement model.
 *
 * <p>Every statement is lexed by {@link SqlLexer} (string literals, dollar quoting, quoted identifiers and comments
 * by dialect), and its leading keywords pick the reader:
 * <ul>
 *   <li>DDL has a recursive-descent grammar here: CREATE TABLE (columns: {@link Definitions}, constraints, keys),
 *       ALTER TABLE actions (ADD/DROP/ALTER/RENAME/MODIFY/CHANGE, VALIDATE CONSTRAINT, SET NOT NULL, … USING INDEX,
 *       NOT VALID, SET TABLESPACE/LOGGED), CREATE/DROP INDEX (CONCURRENTLY, partial and expression indexes),
 *       DROP TABLE lists, TRUNCATE, VACUUM, CLUSTER, ALTER TYPE … ADD VALUE, RENAME TABLE. JSqlParser 5.3 rejects
 *       too many of these (CREATE INDEX CONCURRENTLY, NOT VALID, inline REFERENCES … ON DELETE SET NULL, partial
 *       indexes, DROP TABLE a, b …) to be the reader for them.</li>
 *   <li>JSqlParser reads the data changes (UPDATE, DELETE, INSERT, MERGE: which table, whether there is a WHERE),
 *       CHECK expressions (does one prove a column NOT NULL), and the rare ALTER TABLE actions the grammar
 *       leaves to it (MariaDB's {@code ADD (c1 …, c2 …)}).</li>
 *   <li>Statements no rule judges (CREATE VIEW/FUNCTION/TYPE/EXTENSION/TRIGGER, COMMENT, GRANT, SET, PRAGMA …) are
 *       classified by their keywords.</li>
 * </ul>
 * Anything else, or anything a grammar or JSqlParser rejects, is {@link Stmt.Unrecognized}: never passed silently.
 */
public final class LintStatementReader implements StatementReader {
    private static final Set<String> OTHER_OBJECTS = Set.of("TYPE", "EXTENSION", "SCHEMA", "FUNCTION", "PROCEDURE", "TRIGGER",
            "VIEW", "MATERIALIZED", "SEQUENCE", "DOMAIN", "ROLE", "USER", "POLICY", "AGGREGATE", "COLLATION", "CAST", "OPERATOR",
            "RULE", "EVENT", "DATABASE", "PUBLICATION", "SUBSCRIPTION", "STATISTICS", "DEFAULT", "INDEX", "SERVER", "LANGUAGE",
            "TEXT", "FOREIGN", "GROUP", "CONVERSION", "TABLESPACE", "VIRTUAL", "TEMP", "TEMPORARY", "UNLOGGED", "RECURSIVE");
    private static final Set<String> OTHER_COMMANDS = Set.of("SET", "RESET", "PRAGMA", "COMMENT", "GRANT", "REVOKE", "ANALYZE",
            "ANALYSE", "SELECT", "VALUES", "LOCK", "REFRESH", "REINDEX", "NOTIFY", "LISTEN", "CALL", "DISCARD", "SAVEPOINT",
            "RELEASE", "BEGIN", "COMMIT", "START", "END", "ROLLBACK", "USE", "SHOW", "DECLARE", "FLUSH", "EXPLAIN", "SECURITY",
            "CHECKPOINT", "LOAD", "IMPORT", "EXECUTE", "PREPARE", "DEALLOCATE");

    @Override
    public Stmt read(String sql, SqlFlavor flavor) {
        try {
            return dispatch(new Cursor(sql, flavor));
        } catch (Cursor.Mismatch e) {
            return new Stmt.Unrecognized(e.getMessage());
        } catch (RuntimeException e) {
            return new Stmt.Unrecognized("parser failure: " + e);
        }
    }

    private Stmt dispatch(Cursor c) {
        if (c.atEnd()) {
            return new Stmt.Other("empty");
        }
        String first = c.keyword();
        switch (first) {
            case "CREATE" -> {
                return create(c);
            }
            case "ALTER" -> {
                return alter(c);
            }
            case "DROP" -> {
                return drop(c);
            }
            case "RENAME" -> {
                return renameTables(c);
            }
            case "TRUNCATE" -> {
                return truncate(c);
            }
            case "VACUUM" -> {
                return vacuum(c);
            }
            case "CLUSTER" -> {
                return cluster(c);
            }
            case "UPDATE", "DELETE", "INSERT", "MERGE", "REPLACE", "WITH" -> {
                return dataChange(c);
            }
            case "SET", "RESET" -> {
                return setting(c);
            }
            case "DO" -> {
                return new Stmt.Unrecognized("the body of a DO block is not analysed");
            }
            default -> {
                if (OTHER_COMMANDS.contains(first)) {
                    return new Stmt.Other(first);
                }
                return new Stmt.Unrecognized("no reader for a statement starting with " + first);
            }
        }
    }

    // ---- CREATE

    private Stmt create(Cursor c) {
        c.expect("CREATE");
        c.accept("OR", "REPLACE");
        if (c.at("UNIQUE", "INDEX") || c.at("INDEX") || c.at("FULLTEXT") || c.at("SPATIAL")) {
            return createIndex(c);
        }
        int save = c.at;
        c.accept("GLOBAL");
        c.accept("LOCAL");
        if (!c.accept("TEMPORARY") && !c.accept("TEMP")) {
            c.accept("UNLOGGED");
        }
        if (c.at("TABLE")) {
            return createTable(c);
        }
        c.at = save;
        String object = c.keyword();
        if (OTHER_OBJECTS.contains(object) || c.at("OR") || c.at("RECURSIVE") || c.at("TRUSTED") || c.at("DEFINER") || c.at("ALGORITHM")) {
            return new Stmt.Other("CREATE " + object);
        }
        return new Stmt.Unrecognized("no reader for CREATE " + object);
    }

    private Stmt createIndex(Cursor c) {
        boolean unique = c.accept("UNIQUE");
        c.accept("FULLTEXT");
        c.accept("SPATIAL");
        c.expect("INDEX");
        boolean concurrently = c.accept("CONCURRENTLY");
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        String name = null;
        if (!c.at("ON")) {
            name = c.name();
            if (name.contains(".")) {
                name = name.substring(name.lastIndexOf('.') + 1);
            }
        }
        if (c.accept("USING")) {
            c.next();
        }
        c.expect("ON");
        c.accept("ONLY");
        String table = c.name();
        if (c.accept("USING")) {
            c.next();
        }
        List<String> columns = new ArrayList<>();
        for (List<Token> item : c.groupItems()) {
            columns.add(indexElement(c, item));
        }
        boolean partial = false;
        while (!c.atEnd()) {
            if (c.atSymbol("(")) {
                c.group();
            } else if (c.next().is("WHERE")) {
                partial = true;
            }
        }
        return new Stmt.CreateIndex(name, table, unique, concurrently, columns, partial, ifNotExists);
    }

    /** A column name, or an expression written {@code (…)}. */
    private static String indexElement(Cursor c, List<Token> item) {
        if (item.isEmpty()) {
            throw new Cursor.Mismatch("empty index element");
        }
        Token first = item.get(0);
        boolean call = item.size() > 1 && item.get(1).isSymbol("(");
        if (first.isName() && !(call && c.flavor != SqlFlavor.MARIADB)) {
            return Names.part(first, c.flavor);
        }
        return "(" + c.text(item) + ")";
    }

    private Stmt createTable(Cursor c) {
        c.expect("TABLE");
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        String table = c.name();
        if (c.at("AS") || c.at("SELECT")) {
            return new Stmt.CreateTable(table, List.of(), List.of(), ifNotExists, true);
        }
        if (!c.atSymbol("(")) {
            return new Stmt.Unrecognized("CREATE TABLE " + table + " without a column list (LIKE, PARTITION OF, OF type) is not analysed");
        }
        // the column list; table options after it (WITH, TABLESPACE, ENGINE=, WITHOUT ROWID, STRICT …) do not matter here
        List<ColumnDef> columns = new ArrayList<>();
        List<ConstraintDef> constraints = new ArrayList<>();
        for (List<Token> element : c.groupItems()) {
            if (element.isEmpty()) {
                throw new Cursor.Mismatch("an empty element in CREATE TABLE " + table);
            }
            Cursor e = new Cursor(c.sql, c.flavor, element);
            if (e.at("LIKE")) {
                return new Stmt.CreateTable(table, List.of(), List.of(), ifNotExists, true);
            }
            if (Definitions.atConstraint(e)) {
                constraints.add(Definitions.constraint(e));
            } else {
                columns.add(Definitions.column(e));
            }
            if (!e.atEnd()) {
                throw e.mismatch("unexpected text in CREATE TABLE " + table);
            }
        }
        if (c.at("AS") || c.at("SELECT")) {
            return new Stmt.CreateTable(table, List.of(), List.of(), ifNotExists, true);
        }
        return new Stmt.CreateTable(table, columns, constraints, ifNotExists, false);
    }

    /** Removes constraint attributes JSqlParser rejects and lint does not need: deferrability, identity options. */
    private static void stripUnsupported(Edits edits, List<Token> run) {
        for (int i = 0; i < run.size(); i++) {
            Token t = run.get(i);
            if (t.is("DEFERRABLE")) {
                edits.remove(i > 0 && run.get(i - 1).is("NOT") ? run.get(i - 1) : t, t);
            } else if (t.is("INITIALLY") && i + 1 < run.size()) {
                edits.remove(t, run.get(i + 1));
            } else if (t.is("IDENTITY") && i + 1 < run.size() && run.get(i + 1).isSymbol("(")) {
                int depth = 0;
                for (int k = i + 1; k < run.size(); k++) {
                    if (run.get(k).isSymbol("(")) {
                        depth++;
                    } else if (run.get(k).isSymbol(")") && --depth == 0) {
                        edits.remove(run.get(i + 1), run.get(k));
                        break;
                    }
                }
            }
        }
    }

    // ---- ALTER

    private Stmt alter(Cursor c) {
        c.expect("ALTER");
        if (c.accept("TABLE")) {
            return alterTable(c);
        }
        if (c.accept("TYPE")) {
            String type = c.name();
            if (c.accept("ADD", "VALUE")) {
                c.accept("IF", "NOT", "EXISTS");
                String value = c.next().text();
                boolean positioned = c.at("BEFORE") || c.at("AFTER");
                return new Stmt.EnumAddValue(type, value, positioned);
            }
            return new Stmt.Other("ALTER TYPE");
        }
        c.accept("ONLINE");
        c.accept("IGNORE");
        if (c.accept("TABLE")) {
            return alterTable(c);
        }
        String object = c.keyword();
        if (OTHER_OBJECTS.contains(object) || c.at("SYSTEM")) {
            return new Stmt.Other("ALTER " + object);
        }
        return new Stmt.Unrecognized("no reader for ALTER " + object);
    }

    private Stmt alterTable(Cursor c) {
        c.accept("IF", "EXISTS");
        c.accept("ONLY");
        int nameStart = c.at;
        String table = c.name();
        String tableText = c.text(c.tokens.subList(nameStart, c.at));
        c.acceptSymbol("*");
        List<AlterAction> actions = new ArrayList<>();
        for (List<Token> action : Cursor.splitTopLevel(c.tokens.subList(c.at, c.tokens.size()))) {
            if (action.isEmpty()) {
                throw new Cursor.Mismatch("an empty ALTER TABLE action");
            }
            AlterAction own = ownAction(c, action);
            if (own != null) {
                actions.add(own);
                continue;
            }
            Parsed parsed = parsedAction(c, tableText, action);
            if (parsed.actions() == null) {
                return new Stmt.Unrecognized(parsed.reason());
            }
            actions.addAll(parsed.actions());
        }
        if (actions.isEmpty()) {
            throw new Cursor.Mismatch("ALTER TABLE " + table + " with no action");
        }
        return new Stmt.AlterTable(table, actions);
    }

    /** The actions JSqlParser read, or (actions null) why it could not. */
    private record Parsed(List<AlterAction> actions, String reason) {
    }

    /** The actions read by this class's own grammar; null for the ones JSqlParser reads. */
    private static AlterAction ownAction(Cursor outer, List<Token> action) {
        Cursor c = new Cursor(outer.sql, outer.flavor, action);
        String text = outer.text(action);
        if (c.accept("DROP")) {
            if (c.accept("CONSTRAINT") || c.accept("FOREIGN", "KEY") || c.accept("CHECK")) {
                c.accept("IF", "EXISTS");
                return new AlterAction.DropConstraint(c.name());
            }
            if (c.accept("PRIMARY", "KEY")) {
                return new AlterAction.DropConstraint(null);
            }
            if (c.accept("INDEX") || c.accept("KEY")) {
                c.accept("IF", "EXISTS");
                return new AlterAction.DropIndex(c.name());
            }
            if (c.at("DEFAULT") || c.at("PARTITION") || c.at("SYSTEM") || c.at("PERIOD")) {
                return new AlterAction.Other(text);
            }
            c.accept("COLUMN");
            c.accept("IF", "EXISTS");
            return new AlterAction.DropColumn(c.name());
        }
        if (c.accept("RENAME")) {
            if (c.accept("TO") || c.accept("AS")) {
                return new AlterAction.RenameTable(c.name());
            }
            if (c.at("CONSTRAINT") || c.at("INDEX") || c.at("KEY")) {
                return new AlterAction.Other(text);
            }
            c.accept("COLUMN");
            String from = c.name();
            c.expect("TO");
            return new AlterAction.RenameColumn(from, c.name());
        }
        if (c.accept("VALIDATE", "CONSTRAINT")) {
            return new AlterAction.ValidateConstraint(c.name());
        }
        if (c.at("SET", "TABLESPACE") || c.at("SET", "LOGGED") || c.at("SET", "UNLOGGED") || c.at("SET", "ACCESS", "METHOD")) {
            return new AlterAction.Rewrite(text);
        }
        if (c.accept("ALTER")) {
            boolean column = c.accept("COLUMN");
            if (!column && (c.at("CONSTRAINT") || c.at("INDEX"))) {
                return new AlterAction.Other(text);
            }
            String name = c.name();
            if (c.accept("SET", "NOT", "NULL")) {
                return new AlterAction.SetNotNull(name);
            }
            if (c.accept("DROP", "NOT", "NULL")) {
                return new AlterAction.DropNotNull(name);
            }
            if (c.accept("SET", "DATA", "TYPE") || c.accept("TYPE")) {
                SqlType type = Definitions.type(c);
                boolean using = false;
                while (!c.atEnd()) {
                    if (c.next().is("USING")) {
                        using = !onlyCastsTheColumn(c, name, type);
                        break;
                    }
                }
                return new AlterAction.AlterColumnType(name, type, using);
            }
            return new AlterAction.Other(text);
        }
        if (c.accept("MODIFY")) {
            c.accept("COLUMN");
            c.accept("IF", "EXISTS");
            ColumnDef column = Definitions.column(c);
            return new AlterAction.ModifyColumn(column.name(), column);
        }
        if (c.accept("CHANGE")) {
            c.accept("COLUMN");
            c.accept("IF", "EXISTS");
            String from = Names.part(c.next(), c.flavor);
            return new AlterAction.ModifyColumn(from, Definitions.column(c));
        }
        if (c.accept("ADD")) {
            if (Definitions.atConstraint(c)) {
                ConstraintDef constraint = Definitions.constraint(c);
                if (constraint.usingIndex() != null && constraint.name() == null) {
                    constraint = new ConstraintDef(constraint.kind(), constraint.usingIndex(), constraint.columns(), null, null, null,
                            constraint.notValid(), constraint.usingIndex());
                }
                return new AlterAction.AddConstraint(constraint);
            }
            if (c.atSymbol("(") || c.at("PARTITION")) {
                return null; // MariaDB's ADD (c1 …, c2 …) and partitions: JSqlParser
            }
            c.accept("COLUMN");
            c.accept("IF", "NOT", "EXISTS");
            return new AlterAction.AddColumn(Definitions.column(c));
        }
        if (c.at("OWNER") || c.at("ENABLE") || c.at("DISABLE") || c.at("REPLICA") || c.at("FORCE") || c.at("NO")
                || c.at("CLUSTER") || c.at("INHERIT") || c.at("OF") || c.at("NOT") || c.at("ATTACH") || c.at("DETACH")
                || c.at("SET") || c.at("RESET") || c.at("ALGORITHM") || c.at("LOCK") || c.at("ENGINE") || c.at("COMMENT")
                || c.at("AUTO_INCREMENT") || c.at("DEFAULT") || c.at("CONVERT") || c.at("CHARACTER") || c.at("ORDER")) {
            return new AlterAction.Other(text);
        }
        return null;
    }

    /** One action through JSqlParser, after taking out what it rejects. */
    private static Parsed parsedAction(Cursor c, String tableText, List<Token> action) {
        Edits edits = new Edits(c.sql);
        boolean notValid = false;
        boolean unnamedCheck = false;
        for (int i = 0; i < action.size(); i++) {
            Token t = action.get(i);
            if (t.is("NOT") && i + 1 < action.size() && action.get(i + 1).is("VALID")) {
                edits.remove(t, action.get(i + 1));
                notValid = true;
            } else if (t.is("SET") && i + 2 < action.size() && action.get(i + 1).is("DATA") && action.get(i + 2).is("TYPE")) {
                edits.remove(t, action.get(i + 1));
            }
        }
        if (action.size() > 1 && action.get(0).is("ADD") && action.get(1).is("CHECK")) {
            edits.insertAfter(action.get(0), " CONSTRAINT " + JSql.UNNAMED);
            unnamedCheck = true;
        }
        stripUnsupported(edits, action);
        quoteColumnNames(c.flavor, edits, action);
        String sql = "ALTER TABLE " + tableText + " " + edits.apply(action.get(0).start(), action.get(action.size() - 1).end());
        try {
            Statement statement = JSql.parse(sql);
            if (!(statement instanceof Alter alter)) {
                return new Parsed(null, "JSqlParser did not read an ALTER TABLE");
            }
            List<AlterAction> actions = new ArrayList<>();
            for (AlterAction a : JSql.alterActions(alter, c.flavor)) {
                if (a instanceof AlterAction.AddConstraint add && (notValid || unnamedCheck)) {
                    ConstraintDef d = add.constraint();
                    a = new AlterAction.AddConstraint(new ConstraintDef(d.kind(), d.name(), d.columns(), d.references(), d.check(),
                            d.notNullColumn(), notValid, d.usingIndex()));
                }
                actions.add(a);
            }
            return new Parsed(actions, null);
        } catch (JSQLParserException e) {
            return new Parsed(null, JSql.reason(e));
        }
    }

    private static final Set<String> NOT_A_COLUMN = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "INDEX", "KEY",
            "FULLTEXT", "SPATIAL", "EXCLUDE", "COLUMN", "IF", "PARTITION", "PERIOD", "SYSTEM");

    /**
     * Quotes the column names of ADD/ALTER/MODIFY/CHANGE [COLUMN] actions: JSqlParser rejects some common column
     * names (name, key …) as keywords there. An unquoted name is quoted in its folded form, so it means the same.
     */
    private static void quoteColumnNames(SqlFlavor flavor, Edits edits, List<Token> action) {
        if (action.isEmpty()) {
            return;
        }
        Token verb = action.get(0);
        int names = verb.is("CHANGE") ? 2 : verb.is("ADD") || verb.is("ALTER") || verb.is("MODIFY") ? 1 : 0;
        int i = 1;
        if (i < action.size() && action.get(i).is("COLUMN")) {
            i++;
        }
        if (i + 2 < action.size() && action.get(i).is("IF") && action.get(i + 1).is("NOT") && action.get(i + 2).is("EXISTS")) {
            i += 3;
        }
        for (int n = 0; n < names && i < action.size(); n++, i++) {
            Token t = action.get(i);
            if (t.kind() != Token.Kind.WORD || NOT_A_COLUMN.contains(t.upper()) || (i + 1 < action.size() && action.get(i + 1).isSymbol("."))) {
                return;
            }
            String folded = Names.part(t, flavor);
            edits.replace(t, flavor == SqlFlavor.MARIADB ? "`" + folded + "`" : "\"" + folded + "\"");
        }
    }

    /**
     * Whether a {@code USING} expression is only the column itself, perhaps cast to the new type ({@code USING name},
     * {@code USING "name"::varchar(300)}, as autogenerate writes): PostgreSQL then changes the type without a rewrite
     * whenever the types are binary-coercible, exactly as without USING (checked against relfilenode).
     */
    private static boolean onlyCastsTheColumn(Cursor c, String column, SqlType type) {
        try {
            if (c.atEnd() || !Names.part(c.next(), c.flavor).equals(column)) {
                return false;
            }
            if (c.atEnd()) {
                return true;
            }
            if (!c.acceptSymbol("::")) {
                return false;
            }
            return Definitions.type(c).equals(type) && c.atEnd();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    // ---- DROP, RENAME, TRUNCATE, VACUUM, CLUSTER

    private Stmt drop(Cursor c) {
        c.expect("DROP");
        c.accept("TEMPORARY");
        if (c.accept("TABLE")) {
            boolean ifExists = c.accept("IF", "EXISTS");
            List<String> tables = nameList(c);
            boolean cascade = c.accept("CASCADE");
            return new Stmt.DropTable(tables, ifExists, cascade);
        }
        if (c.accept("INDEX")) {
            boolean concurrently = c.accept("CONCURRENTLY");
            boolean ifExists = c.accept("IF", "EXISTS");
            List<String> names = nameList(c).stream().map(n -> n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : n).toList();
            String table = c.accept("ON") ? c.name() : null;
            return new Stmt.DropIndex(names, table, concurrently, ifExists);
        }
        String object = c.keyword();
        if (OTHER_OBJECTS.contains(object) || c.at("OWNED")) {
            return new Stmt.Other("DROP " + object);
        }
        return new Stmt.Unrecognized("no reader for DROP " + object);
    }

    private static List<String> nameList(Cursor c) {
        List<String> names = new ArrayList<>();
        names.add(c.name());
        while (c.acceptSymbol(",")) {
            names.add(c.name());
        }
        return names;
    }

    private Stmt renameTables(Cursor c) {
        c.expect("RENAME");
        if (!c.accept("TABLE") && !c.accept("TABLES")) {
            return new Stmt.Other("RENAME " + c.keyword());
        }
        List<Stmt.RenameTables.Rename> renames = new ArrayList<>();
        do {
            String from = c.name();
            c.expect("TO");
            renames.add(new Stmt.RenameTables.Rename(from, c.name()));
        } while (c.acceptSymbol(","));
        return new Stmt.RenameTables(renames);
    }

    private Stmt truncate(Cursor c) {
        c.expect("TRUNCATE");
        c.accept("TABLE");
        List<String> tables = new ArrayList<>();
        do {
            c.accept("ONLY");
            tables.add(c.name());
            c.acceptSymbol("*");
        } while (c.acceptSymbol(","));
        boolean cascade = false;
        while (!c.atEnd()) {
            if (c.next().is("CASCADE")) {
                cascade = true;
            }
        }
        return new Stmt.Truncate(tables, cascade);
    }

    private Stmt vacuum(Cursor c) {
        c.expect("VACUUM");
        boolean full = false;
        if (c.atSymbol("(")) {
            for (List<Token> option : c.groupItems()) {
                if (!option.isEmpty() && option.get(0).is("FULL")
                        && !(option.size() > 1 && (option.get(1).is("FALSE") || option.get(1).is("OFF") || option.get(1).text().equals("0")))) {
                    full = true;
                }
            }
        }
        while (c.at("FULL") || c.at("FREEZE") || c.at("VERBOSE") || c.at("ANALYZE") || c.at("ANALYSE")) {
            full |= c.next().is("FULL");
        }
        String table = c.atEnd() ? null : c.name();
        return full ? new Stmt.RewriteTable("VACUUM FULL", table) : new Stmt.Other("VACUUM");
    }

    private Stmt cluster(Cursor c) {
        c.expect("CLUSTER");
        c.accept("VERBOSE");
        if (c.atSymbol("(")) {
            c.group();
        }
        if (c.atEnd()) {
            return new Stmt.RewriteTable("CLUSTER", null);
        }
        String first = c.name();
        if (c.accept("ON")) {
            return new Stmt.RewriteTable("CLUSTER", c.name()); // CLUSTER index ON table (before PostgreSQL 8.3)
        }
        return new Stmt.RewriteTable("CLUSTER", first);
    }

    // ---- SET / RESET

    /** {@code SET [SESSION|LOCAL] name {=|TO} value} or {@code RESET name|ALL}; any other SET form is {@link Stmt.Other}. */
    private Stmt setting(Cursor c) {
        String verb = c.next().upper();
        boolean local = verb.equals("SET") && c.accept("LOCAL");
        if (verb.equals("SET") && !local) {
            c.accept("SESSION");
        }
        Token name = c.peek();
        if (name == null || name.kind() != Token.Kind.WORD || (c.peek(1) != null && c.peek(1).isSymbol("."))) {
            return new Stmt.Other(verb);
        }
        c.next();
        String key = name.text().toLowerCase(java.util.Locale.ROOT);
        if (verb.equals("RESET")) {
            return c.atEnd() ? new Stmt.Setting(key, null, false) : new Stmt.Other(verb);
        }
        if (!c.acceptSymbol("=") && !c.accept("TO")) {
            return new Stmt.Other(verb);
        }
        Token value = c.peek();
        if (value == null || c.peek(1) != null) {
            return new Stmt.Other(verb);
        }
        if (value.is("DEFAULT")) {
            return new Stmt.Setting(key, null, local);
        }
        String text = value.text();
        if (value.kind() == Token.Kind.STRING && text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            text = text.substring(1, text.length() - 1).replace("''", "'");
        }
        return new Stmt.Setting(key, text, local);
    }

    // ---- data changes

    private Stmt dataChange(Cursor c) {
        try {
            Statement statement = JSql.parse(c.sql);
            Stmt change = JSql.dataChange(statement, c.flavor);
            if (change != null) {
                return change;
            }
            return new Stmt.Other(c.keyword());
        } catch (JSQLParserException e) {
            return new Stmt.Unrecognized(JSql.reason(e));
        }
    }
}
