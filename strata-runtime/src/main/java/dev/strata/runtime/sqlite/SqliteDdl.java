package dev.strata.runtime.sqlite;

import dev.strata.runtime.sqlite.SqliteTokens.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What SQLite's pragmas do not say, read from the {@code CREATE} statements it keeps in {@code sqlite_master}:
 * constraint names, check and generation expressions, declared collations, {@code AUTOINCREMENT}, foreign
 * keys' deferrability, index key expressions and predicates, a view's query. Minimal on purpose: it finds
 * these pieces by their keywords and balanced parentheses and cuts their text out as written; whatever it does
 * not recognise it steps over. Everything the pragmas do say (columns, types, defaults, key columns) comes
 * from the pragmas.
 */
final class SqliteDdl {

    /** A column's facts that only the DDL has. */
    record ColumnFacts(String name, String collation, boolean autoincrement, String generatedExpression) {
    }

    record Check(String name, String expression) {
    }

    record ForeignKeyFacts(String name, List<String> columns, String table, boolean deferrable, boolean initiallyDeferred) {
    }

    record Unique(String name, List<String> columns) {
    }

    /** The facts of one {@code CREATE TABLE}; columns by {@link SqliteTokens#key}. */
    record TableFacts(String primaryKeyName, Map<String, ColumnFacts> columns, List<Check> checks,
                      List<ForeignKeyFacts> foreignKeys, List<Unique> uniques) {
        static final TableFacts NONE = new TableFacts(null, Map.of(), List.of(), List.of(), List.of());
    }

    /** The key texts of a {@code CREATE INDEX}, without {@code COLLATE} or sort order, and its {@code WHERE}. */
    record IndexFacts(List<String> keys, String predicate) {
        static final IndexFacts NONE = new IndexFacts(List.of(), null);
    }

    private static final Set<String> TABLE_CONSTRAINT_WORDS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private SqliteDdl() {
    }

    static TableFacts table(String sql) {
        if (sql == null) {
            return TableFacts.NONE;
        }
        List<Token> tokens = SqliteTokens.tokenize(sql);
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("AS")) {
                return TableFacts.NONE; // CREATE TABLE … AS SELECT: nothing declared
            }
            if (tokens.get(i).isPunct('(')) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return TableFacts.NONE;
        }
        int close = SqliteTokens.matching(tokens, open);
        TableParser parser = new TableParser(sql, tokens);
        for (int[] item : SqliteTokens.split(tokens, open + 1, close)) {
            Token first = tokens.get(item[0]);
            if (first.kind() == SqliteTokens.Kind.WORD && TABLE_CONSTRAINT_WORDS.contains(SqliteTokens.upper(first.text()))) {
                parser.tableConstraint(item[0], item[1]);
            } else {
                parser.column(item[0], item[1]);
            }
        }
        return new TableFacts(parser.primaryKeyName, parser.columns, parser.checks, parser.foreignKeys, parser.uniques);
    }

    static IndexFacts index(String sql) {
        if (sql == null) {
            return IndexFacts.NONE;
        }
        List<Token> tokens = SqliteTokens.tokenize(sql);
        int on = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("ON")) {
                on = i;
                break;
            }
        }
        int open = -1;
        for (int i = Math.max(on, 0); on >= 0 && i < tokens.size(); i++) {
            if (tokens.get(i).isPunct('(')) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return IndexFacts.NONE;
        }
        int close = SqliteTokens.matching(tokens, open);
        List<String> keys = new ArrayList<>();
        for (int[] item : SqliteTokens.split(tokens, open + 1, close)) {
            int end = item[1];
            if (end - 1 > item[0] && (tokens.get(end - 1).is("ASC") || tokens.get(end - 1).is("DESC"))) {
                end--;
            }
            if (end - 2 > item[0] && tokens.get(end - 2).is("COLLATE")) {
                end -= 2;
            }
            keys.add(SqliteTokens.text(sql, tokens, item[0], end));
        }
        String predicate = null;
        if (close + 1 < tokens.size() && tokens.get(close + 1).is("WHERE")) {
            predicate = withoutSemicolon(sql.substring(tokens.get(close + 1).end()));
        }
        return new IndexFacts(keys, predicate);
    }

    /** The query of a {@code CREATE VIEW name [(columns)] AS query}, as written. */
    static String viewQuery(String sql) {
        if (sql == null) {
            return "";
        }
        List<Token> tokens = SqliteTokens.tokenize(sql);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct('(')) {
                i = SqliteTokens.matching(tokens, i);
            } else if (tokens.get(i).is("AS")) {
                return withoutSemicolon(sql.substring(tokens.get(i).end()));
            }
        }
        return sql.strip();
    }

    private static String withoutSemicolon(String text) {
        String stripped = text.strip();
        return stripped.endsWith(";") ? stripped.substring(0, stripped.length() - 1).strip() : stripped;
    }

    /** Reads column definitions and table constraints, collecting what it finds. */
    private static final class TableParser {
        private final String sql;
        private final List<Token> tokens;
        private String primaryKeyName;
        private final Map<String, ColumnFacts> columns = new HashMap<>();
        private final List<Check> checks = new ArrayList<>();
        private final List<ForeignKeyFacts> foreignKeys = new ArrayList<>();
        private final List<Unique> uniques = new ArrayList<>();

        TableParser(String sql, List<Token> tokens) {
            this.sql = sql;
            this.tokens = tokens;
        }

        void column(int from, int to) {
            String name = tokens.get(from).name();
            String collation = null;
            boolean autoincrement = false;
            String generated = null;
            String pending = null;
            int i = from + 1;
            while (i < to) {
                Token token = tokens.get(i);
                if (token.is("CONSTRAINT") && i + 1 < to) {
                    pending = tokens.get(i + 1).name();
                    i += 2;
                    continue;
                }
                if (token.is("PRIMARY")) {
                    primaryKeyName = pending;
                    pending = null;
                } else if (token.is("AUTOINCREMENT")) {
                    autoincrement = true;
                } else if (token.is("UNIQUE")) {
                    uniques.add(new Unique(pending, List.of(name)));
                    pending = null;
                } else if (token.is("CHECK") && i + 1 < to && tokens.get(i + 1).isPunct('(')) {
                    int close = SqliteTokens.matching(tokens, i + 1);
                    checks.add(new Check(pending, SqliteTokens.text(sql, tokens, i + 2, close)));
                    pending = null;
                    i = close + 1;
                    continue;
                } else if (token.is("AS") && i + 1 < to && tokens.get(i + 1).isPunct('(')) {
                    int close = SqliteTokens.matching(tokens, i + 1);
                    generated = SqliteTokens.text(sql, tokens, i + 2, close);
                    pending = null;
                    i = close + 1;
                    continue;
                } else if (token.is("COLLATE") && i + 1 < to) {
                    collation = tokens.get(i + 1).name();
                    pending = null;
                    i += 2;
                    continue;
                } else if (token.is("REFERENCES")) {
                    i = foreignKeyClause(i, to, pending, List.of(name));
                    pending = null;
                    continue;
                } else if (token.is("DEFAULT") && i + 1 < to) {
                    pending = null;
                    i = skipValue(i + 1, to);
                    continue;
                } else if (token.isPunct('(')) {
                    i = SqliteTokens.matching(tokens, i) + 1;
                    continue;
                } else if (token.is("NOT") || token.is("NULL")) {
                    pending = null;
                }
                i++;
            }
            columns.put(SqliteTokens.key(name), new ColumnFacts(name, collation, autoincrement, generated));
        }

        void tableConstraint(int from, int to) {
            String pending = null;
            int i = from;
            if (tokens.get(i).is("CONSTRAINT") && i + 1 < to) {
                pending = tokens.get(i + 1).name();
                i += 2;
            }
            if (i >= to) {
                return;
            }
            Token token = tokens.get(i);
            int open = nextOpen(i, to);
            if (open < 0) {
                return;
            }
            int close = SqliteTokens.matching(tokens, open);
            if (token.is("PRIMARY")) {
                primaryKeyName = pending;
            } else if (token.is("UNIQUE")) {
                uniques.add(new Unique(pending, names(open, close)));
            } else if (token.is("CHECK")) {
                checks.add(new Check(pending, SqliteTokens.text(sql, tokens, open + 1, close)));
            } else if (token.is("FOREIGN")) {
                for (int j = close + 1; j < to; j++) {
                    if (tokens.get(j).is("REFERENCES")) {
                        foreignKeyClause(j, to, pending, names(open, close));
                        break;
                    }
                }
            }
        }

        /** Reads {@code REFERENCES table [(columns)] [ON … | MATCH … | [NOT] DEFERRABLE …]}; returns the index after it. */
        private int foreignKeyClause(int references, int to, String name, List<String> columnNames) {
            int i = references + 1;
            String table = i < to ? tokens.get(i).name() : "";
            i++;
            if (i < to && tokens.get(i).isPunct('(')) {
                i = SqliteTokens.matching(tokens, i) + 1;
            }
            boolean deferrable = false;
            boolean initiallyDeferred = false;
            while (i < to) {
                Token token = tokens.get(i);
                if (token.is("ON") && i + 2 < to) {
                    Token action = tokens.get(i + 2);
                    i += action.is("SET") || action.is("NO") ? 4 : 3;
                } else if (token.is("MATCH")) {
                    i += 2;
                } else if (token.is("NOT") && i + 1 < to && tokens.get(i + 1).is("DEFERRABLE")) {
                    i += 2;
                } else if (token.is("DEFERRABLE")) {
                    deferrable = true;
                    i++;
                } else if (token.is("INITIALLY") && i + 1 < to) {
                    initiallyDeferred = tokens.get(i + 1).is("DEFERRED");
                    i += 2;
                } else {
                    break;
                }
            }
            foreignKeys.add(new ForeignKeyFacts(name, columnNames, table, deferrable, deferrable && initiallyDeferred));
            return i;
        }

        /** The index after a default value: a parenthesised expression, a signed number, or one token. */
        private int skipValue(int i, int to) {
            Token token = tokens.get(i);
            if (token.isPunct('(')) {
                return SqliteTokens.matching(tokens, i) + 1;
            }
            if ((token.isPunct('-') || token.isPunct('+')) && i + 1 < to) {
                return i + 2;
            }
            return i + 1;
        }

        private int nextOpen(int from, int to) {
            for (int i = from; i < to; i++) {
                if (tokens.get(i).isPunct('(')) {
                    return i;
                }
            }
            return -1;
        }

        /** The column names of a key list {@code (a COLLATE nocase, "b" DESC)}: each item's first token. */
        private List<String> names(int open, int close) {
            List<String> out = new ArrayList<>();
            for (int[] item : SqliteTokens.split(tokens, open + 1, close)) {
                out.add(tokens.get(item[0]).name());
            }
            return out;
        }
    }
}
