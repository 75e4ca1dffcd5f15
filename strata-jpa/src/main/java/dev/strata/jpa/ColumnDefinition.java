package dev.strata.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column's type text as Hibernate writes it after the column name — usually just a type ({@code varchar(255)}),
 * but with {@code @Column(columnDefinition = …)} whatever the user wrote, which may go on with clauses:
 * {@code numeric(8,3) default 0 not null}, {@code text collate "C"}, {@code int check (x > 0) unique}. The type is
 * the words before the first clause keyword; the clauses are read for what they add to the column.
 *
 * @param type          the type alone
 * @param defaultValue  a {@code default} clause's expression, or null
 * @param notNull       {@code not null} was written
 * @param unique        {@code unique} was written (an unnamed unique constraint)
 * @param primaryKey    {@code primary key} was written
 * @param checks        {@code check (…)} clauses, their conditions
 * @param collation     a {@code collate} clause's collation, unquoted, or null
 * @param comment       a MariaDB {@code comment '…'} clause's text, or null
 * @param autoIncrement {@code auto_increment} was written
 * @param generated     a {@code generated always as (…)} (or {@code as (…)}) expression, or null
 * @param stored        the generated column is {@code stored}/{@code persistent}
 * @param onUpdate      a MariaDB {@code on update} expression, or null
 * @param rest          clause text not understood (a {@code references …}, say), or null
 */
record ColumnDefinition(String type, String defaultValue, boolean notNull, boolean unique, boolean primaryKey,
                        List<String> checks, String collation, String comment, boolean autoIncrement, String generated,
                        boolean stored, String onUpdate, String rest) {

    private static final Set<String> CLAUSES = Set.of("default", "not", "null", "unique", "primary", "check", "collate",
            "comment", "auto_increment", "generated", "as", "on", "constraint", "references", "stored", "persistent",
            "virtual", "character", "charset");

    /** Clauses whose parenthesized part is their argument, not a type's parameters. */
    private static final Set<String> TAKES_GROUP = Set.of("check", "as");

    static ColumnDefinition parse(String text) {
        List<String> tokens = tokens(text);
        int i = 0;
        while (i < tokens.size() && !isClause(tokens, i)) {
            i++;
        }
        String type = join(tokens.subList(0, i));
        String defaultValue = null;
        String collation = null;
        String comment = null;
        String generated = null;
        String onUpdate = null;
        boolean notNull = false;
        boolean unique = false;
        boolean primaryKey = false;
        boolean autoIncrement = false;
        boolean stored = false;
        List<String> checks = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        while (i < tokens.size()) {
            String word = tokens.get(i).toLowerCase(Locale.ROOT);
            switch (word) {
                case "default" -> {
                    int end = nextClause(tokens, i + 1);
                    defaultValue = join(tokens.subList(i + 1, end));
                    i = end;
                }
                case "not" -> {
                    notNull = i + 1 < tokens.size() && tokens.get(i + 1).equalsIgnoreCase("null");
                    i += 2;
                }
                case "null" -> i++;
                case "unique" -> {
                    unique = true;
                    i += i + 1 < tokens.size() && tokens.get(i + 1).equalsIgnoreCase("key") ? 2 : 1;
                }
                case "primary" -> {
                    primaryKey = true;
                    i += 2;
                }
                case "check" -> {
                    checks.add(unparenthesized(tokens.get(i + 1)));
                    i += 2;
                }
                case "collate" -> {
                    collation = unquoted(tokens.get(i + 1));
                    i += 2;
                }
                case "comment" -> {
                    comment = unquoted(tokens.get(i + 1));
                    i += 2;
                }
                case "auto_increment" -> {
                    autoIncrement = true;
                    i++;
                }
                case "generated", "as" -> {
                    int open = i;
                    while (open < tokens.size() && !tokens.get(open).startsWith("(")) {
                        open++;
                    }
                    generated = open < tokens.size() ? unparenthesized(tokens.get(open)) : null;
                    i = open + 1;
                }
                case "stored", "persistent" -> {
                    stored = true;
                    i++;
                }
                case "on" -> {
                    int end = nextClause(tokens, i + 2);
                    onUpdate = join(tokens.subList(i + 2, end));
                    i = end;
                }
                default -> {
                    rest.append(rest.isEmpty() ? "" : " ").append(tokens.get(i));
                    i++;
                }
            }
        }
        return new ColumnDefinition(type, defaultValue, notNull, unique, primaryKey, List.copyOf(checks), collation, comment,
                autoIncrement, generated, stored, onUpdate, rest.isEmpty() ? null : rest.toString());
    }

    /** True when the text is a type alone. */
    boolean typeOnly() {
        return defaultValue == null && !notNull && !unique && !primaryKey && checks.isEmpty() && collation == null
                && comment == null && !autoIncrement && generated == null && onUpdate == null && rest == null;
    }

    private static boolean isClause(List<String> tokens, int i) {
        String word = tokens.get(i).toLowerCase(Locale.ROOT);
        if (!CLAUSES.contains(word)) {
            return false;
        }
        // "character varying", "character(1)" and "double precision" are types; "character set" is a clause
        if (word.equals("character")) {
            return i + 1 < tokens.size() && tokens.get(i + 1).equalsIgnoreCase("set");
        }
        return i > 0;
    }

    private static int nextClause(List<String> tokens, int from) {
        int i = from;
        while (i < tokens.size() && !(isClause(tokens, i) && i > from)) {
            i++;
        }
        return i;
    }

    /** Words, quoted strings and identifiers, and parenthesized groups (with what they hold) as single tokens. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '(') {
                int depth = 0;
                char quote = 0;
                for (; i < text.length(); i++) {
                    char d = text.charAt(i);
                    if (quote != 0) {
                        quote = d == quote ? 0 : quote;
                    } else if (d == '\'' || d == '"' || d == '`') {
                        quote = d;
                    } else if (d == '(') {
                        depth++;
                    } else if (d == ')' && --depth == 0) {
                        i++;
                        break;
                    }
                }
                // a type's parameters belong to the word before them: numeric(8,3)
                if (!out.isEmpty() && start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && !TAKES_GROUP.contains(out.get(out.size() - 1).toLowerCase(Locale.ROOT))) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + text.substring(start, i));
                    continue;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                i++;
                while (i < text.length()) {
                    if (text.charAt(i) == c) {
                        if (i + 1 < text.length() && text.charAt(i + 1) == c) {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
            } else {
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '(') {
                    i++;
                }
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    private static String join(List<String> tokens) {
        return String.join(" ", tokens).strip();
    }

    private static String unparenthesized(String group) {
        String text = group.strip();
        return text.startsWith("(") && text.endsWith(")") ? text.substring(1, text.length() - 1).strip() : text;
    }

    private static String unquoted(String text) {
        if (text.length() > 1 && (text.charAt(0) == '\'' || text.charAt(0) == '"' || text.charAt(0) == '`')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            String q = String.valueOf(text.charAt(0));
            return text.substring(1, text.length() - 1).replace(q + q, q);
        }
        return text;
    }
}
