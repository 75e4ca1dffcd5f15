package dev.strata.core.script;

import dev.strata.core.error.MalformedMigrationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The expand half of an expand/contract change, declared by one line in the upgrade section (PostgreSQL):
 *
 * <pre>
 * -- strata:expand rename-column table=users column=name to=full_name
 * -- strata:expand change-type table=orders column=amount to=amount_cents type=bigint using=(amount*100)::bigint reverse=amount_cents/100.0
 * -- strata:expand split-column table=people column=name to=first_name,last_name using=split_part(name,' ',1),split_part(name,' ',2) reverse=concat_ws(' ',first_name,last_name)
 * </pre>
 *
 * Words are {@code name=value}, separated by blanks; a value runs to the next blank outside parentheses, quotes
 * ({@code '…'}, {@code "…"}) and brackets, so {@code using=split_part(name, ' ', 1)} and
 * {@code table="My ""odd"" table"} are one word each. Lists ({@code to}, {@code type}, {@code using}) are separated
 * by commas outside parentheses. {@code column} is the existing (old) column, {@code to} the new one(s).
 * Expressions are SQL over the table's columns. Optional everywhere: {@code key} (default: the single-column
 * primary key), {@code batch}, {@code sleep}, {@code max-lag} (as for {@code -- strata:backfill}).
 *
 * @param line the file line of the directive
 */
public record ExpandDirective(Kind kind, QualifiedName table, String column, List<NewColumn> columns, String reverse,
                              String key, String batch, String sleep, String maxLag, int line) {

    public enum Kind {
        RENAME_COLUMN("rename-column"), CHANGE_TYPE("change-type"), SPLIT_COLUMN("split-column");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** A table name as PostgreSQL stores it (quoted parts as written, others folded to lower case); schema may be null. */
    public record QualifiedName(String schema, String name) {
    }

    /**
     * A column the expansion adds.
     *
     * @param type  its SQL type as written, or null: the old column's type
     * @param using how to compute it from a row (SQL over the table's columns), or null: the old column, cast to type
     */
    public record NewColumn(String name, String type, String using) {
    }

    public static final String NAME = "expand";
    private static final Set<String> OPTIONS = Set.of("table", "column", "to", "type", "using", "reverse", "key", "batch",
            "sleep", "max-lag");
    private static final String EXAMPLE = "e.g. `-- strata:expand rename-column table=users column=name to=full_name`";

    /** The expand directive of a migration's upgrade section, or null when it has none. */
    public static ExpandDirective find(MigrationScript script) {
        Section section = script.upgrade();
        if (section == null || !section.text().contains("strata:" + NAME)) {
            return null;
        }
        String file = String.valueOf(script.file());
        String[] lines = section.text().split("\\R", -1);
        ExpandDirective found = null;
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].strip();
            int line = section.firstLine() + i;
            if (!NAME.equals(ScriptParser.directiveName(text))) {
                continue;
            }
            if (found != null) {
                throw malformed(file, line, "a second -- strata:expand (the first is on line " + found.line + ")",
                        "one migration expands one change; put the other in a migration of its own");
            }
            found = parse(text.substring(text.indexOf("strata:" + NAME) + ("strata:" + NAME).length()), file, line);
        }
        if (found != null) {
            List<SqlStatement> statements = StatementSplitter.split(section.text(), SqlFlavor.POSTGRES, section.firstLine(), file);
            if (!statements.isEmpty()) {
                throw malformed(file, statements.get(0).line(), "SQL beside -- strata:expand (line " + found.line + ")",
                        "an expand migration holds only its -- strata:expand line, so that `strata abort` undoes all of it;"
                                + " put the other statements in a migration of their own");
            }
        }
        return found;
    }

    static ExpandDirective parse(String rest, String file, int line) {
        List<String> words = words(rest.strip(), file, line);
        if (words.isEmpty()) {
            throw malformed(file, line, "-- strata:expand names no change", EXAMPLE);
        }
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.word.equals(words.get(0))) {
                kind = k;
            }
        }
        if (kind == null) {
            throw malformed(file, line, "unknown expand change `" + words.get(0) + "`",
                    "write rename-column, change-type or split-column right after -- strata:expand");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String word : words.subList(1, words.size())) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw malformed(file, line, "`" + word + "` in an expand line is not name=value",
                        "wrap an expression that holds blanks in parentheses, e.g. using=(amount * 100)");
            }
            String name = word.substring(0, eq);
            if (!OPTIONS.contains(name)) {
                throw malformed(file, line, "unknown expand option " + name, "the options are " + String.join(", ", OPTIONS.stream().sorted().toList()));
            }
            if (values.put(name, word.substring(eq + 1)) != null) {
                throw malformed(file, line, "expand option " + name + " is given twice", EXAMPLE);
            }
        }
        for (String required : List.of("table", "column", "to")) {
            if (values.get(required) == null || values.get(required).isEmpty()) {
                throw malformed(file, line, kind.word + " needs " + required + "=", EXAMPLE);
            }
        }
        QualifiedName table = qualifiedName(values.get("table"), file, line);
        String column = identifier(values.get("column"), file, line);
        List<String> to = list(values.get("to"));
        List<String> types = values.containsKey("type") ? list(values.get("type")) : null;
        List<String> usings = values.containsKey("using") ? list(values.get("using")) : null;
        String reverse = values.get("reverse");
        switch (kind) {
            case RENAME_COLUMN -> {
                if (to.size() != 1 || usings != null || reverse != null) {
                    throw malformed(file, line, "rename-column takes one to= and no using= or reverse=",
                            "to change the values too, use change-type");
                }
            }
            case CHANGE_TYPE -> {
                if (to.size() != 1 || types == null || types.size() != 1 || usings != null && usings.size() != 1) {
                    throw malformed(file, line, "change-type needs one to= and one type= (using= and reverse= are optional)",
                            "e.g. `change-type table=orders column=amount to=amount_cents type=bigint using=(amount*100)::bigint reverse=amount_cents/100.0`");
                }
            }
            case SPLIT_COLUMN -> {
                if (to.size() < 2 || usings == null || usings.size() != to.size() || reverse == null
                        || types != null && types.size() != to.size()) {
                    throw malformed(file, line, "split-column needs two or more to= columns, as many using= expressions"
                                    + " (and type=, if given), and reverse=",
                            "e.g. `split-column table=people column=name to=first,last using=split_part(name,' ',1),split_part(name,' ',2)"
                                    + " reverse=concat_ws(' ',first,last)`");
                }
            }
        }
        List<NewColumn> columns = new ArrayList<>();
        for (int i = 0; i < to.size(); i++) {
            String name = identifier(to.get(i), file, line);
            if (name.equals(column) || columns.stream().anyMatch(c -> c.name().equals(name))) {
                throw malformed(file, line, "expand column " + name + " is named twice", "give every new column a name of its own");
            }
            columns.add(new NewColumn(name, types == null ? null : types.get(i), usings == null ? null : usings.get(i)));
        }
        String key = values.containsKey("key") ? identifier(values.get("key"), file, line) : null;
        return new ExpandDirective(kind, table, column, List.copyOf(columns), reverse, key, values.get("batch"),
                values.get("sleep"), values.get("max-lag"), line);
    }

    /** Splits at blanks outside parentheses, brackets and quotes. */
    static List<String> words(String text, String file, int line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (Character.isWhitespace(c) && depth == 0) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            word.append(c);
        }
        if (quote != 0 || depth != 0) {
            throw malformed(file, line, quote != 0 ? "unterminated " + quote + " in the expand line" : "unbalanced parentheses in the expand line",
                    "close it on the same line");
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Splits a value at commas outside parentheses and quotes. */
    static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(value.substring(start, i).strip());
                start = i + 1;
            }
        }
        items.add(value.substring(start).strip());
        return items;
    }

    static QualifiedName qualifiedName(String text, String file, int line) {
        List<String> parts = identifiers(text, file, line);
        if (parts.size() > 2) {
            throw malformed(file, line, "table=" + text + " is not a table name", "write table or schema.table");
        }
        return parts.size() == 1 ? new QualifiedName(null, parts.get(0)) : new QualifiedName(parts.get(0), parts.get(1));
    }

    static String identifier(String text, String file, int line) {
        List<String> parts = identifiers(text, file, line);
        if (parts.size() != 1) {
            throw malformed(file, line, text + " is not a column name", "write a column name, in double quotes if it needs them");
        }
        return parts.get(0);
    }

    /** Dot-separated identifiers, each quoted ({@code "a ""b"""}) or plain (folded to lower case). */
    private static List<String> identifiers(String text, String file, int line) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (true) {
            if (i < text.length() && text.charAt(i) == '"') {
                StringBuilder name = new StringBuilder();
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw malformed(file, line, "unterminated quoted name in " + text, "close it with \"");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            name.append('"');
                            i++;
                            continue;
                        }
                        break;
                    }
                    name.append(c);
                }
                if (name.isEmpty()) {
                    throw malformed(file, line, "empty quoted name in " + text, "give the name between the quotes");
                }
                parts.add(name.toString());
            } else {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '$')) {
                    i++;
                }
                if (start == i || Character.isDigit(text.charAt(start))) {
                    throw malformed(file, line, "`" + text + "` is not a name", "quote a name that is not a plain word: \"like this\"");
                }
                parts.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
            if (i == text.length()) {
                return parts;
            }
            if (text.charAt(i) != '.') {
                throw malformed(file, line, "`" + text + "` is not a name", "quote a name that is not a plain word: \"like this\"");
            }
            i++;
        }
    }

    private static MalformedMigrationException malformed(String file, int line, String what, String hint) {
        return ScriptParser.malformed(file, line, what, hint);
    }
}
