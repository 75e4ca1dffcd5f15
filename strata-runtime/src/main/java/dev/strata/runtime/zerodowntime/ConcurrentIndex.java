package dev.strata.runtime.zerodowntime;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index a {@code CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name ON [ONLY] [schema.]table} statement
 * builds. The index lives in its table's schema, so {@code schema} is the table's (null: the search path).
 * A build without an index name is not recognised: PostgreSQL makes the name up, so there is nothing to look for.
 */
public record ConcurrentIndex(String schema, String name) {
    private static final String IDENT = "(\"(?:[^\"]|\"\")+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)";
    private static final Pattern CREATE = Pattern.compile(
            "^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?!ON\\s)" + IDENT
                    + "\\s+ON\\s+(?:ONLY\\s+)?" + IDENT + "(?:\\s*\\.\\s*" + IDENT + ")?",
            Pattern.CASE_INSENSITIVE);

    /** The index the statement builds concurrently, or null. */
    public static ConcurrentIndex of(String sql) {
        Matcher m = CREATE.matcher(Statements.withoutLeadingComments(sql));
        if (!m.find()) {
            return null;
        }
        String schema = m.group(3) == null ? null : identifier(m.group(2));
        return new ConcurrentIndex(schema, identifier(m.group(1)));
    }

    /** An identifier as PostgreSQL stores it: quoted ones as written, others folded to lower case. */
    static String identifier(String token) {
        if (token.startsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\"\"", "\"");
        }
        return token.toLowerCase(Locale.ROOT);
    }

    /** The name as a person would write it in a message. */
    public String display() {
        return schema == null ? name : schema + "." + name;
    }
}
