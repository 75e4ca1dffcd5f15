package dev.strata.core.script;

import java.util.List;
import java.util.Objects;

/**
 * Splits a script into statements by the lexical rules of {@link SqlFlavor}: the way psql, the mariadb
 * client and the sqlite3 shell split their input. One pass, linear in the text.
 *
 * <p>Each statement comes out without its terminator, from its first token to its last: whitespace and
 * comments before or after it are not part of it, comments inside it are kept, and its line is the file
 * line of its first token. A piece holding only whitespace and comments is no statement. A last statement
 * without a terminator is a statement. An unterminated string, quoted identifier or comment is a
 * {@link dev.strata.core.error.MalformedMigrationException} naming the line where it starts.
 */
public final class StatementSplitter {
    private StatementSplitter() {
    }

    /** @param firstLine the file line of text's first line, so statements carry file lines */
    public static List<SqlStatement> split(String text, SqlFlavor flavor, int firstLine) {
        return split(text, flavor, firstLine, null);
    }

    /**
     * @param firstLine the file line of text's first line, so statements carry file lines
     * @param source    what errors name before the line ({@code FILE:LINE: …}); null for {@code line N: …}
     */
    public static List<SqlStatement> split(String text, SqlFlavor flavor, int firstLine, String source) {
        Objects.requireNonNull(text, "text");
        ScriptScanner scanner = switch (Objects.requireNonNull(flavor, "flavor")) {
            case POSTGRES -> new PostgresSplitter(text, firstLine, source);
            case MARIADB -> new MariadbSplitter(text, firstLine, source);
            case SQLITE -> new SqliteSplitter(text, firstLine, source);
        };
        return scanner.split();
    }
}
