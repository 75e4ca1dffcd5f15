package dev.strata.runtime.lint;

import dev.strata.core.script.SqlFlavor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Identifiers the way the database folds them: unquoted names lowercased, quoted names kept as written (on
 * PostgreSQL; MariaDB and SQLite compare names case-insensitively, so they are lowercased there too). A
 * qualified name keeps its schema unless it is the default one ({@code public}, {@code main}).
 */
final class Names {
    private Names() {
    }

    static String qualified(List<Token> parts, SqlFlavor flavor) {
        List<String> names = new ArrayList<>();
        for (Token part : parts) {
            names.add(part(part, flavor));
        }
        if (names.size() > 1) {
            String schema = names.get(names.size() - 2);
            if ((flavor == SqlFlavor.POSTGRES && schema.equals("public")) || (flavor == SqlFlavor.SQLITE && schema.equals("main"))) {
                names.remove(names.size() - 2);
            }
        }
        return String.join(".", names);
    }

    static String part(Token token, SqlFlavor flavor) {
        String text = token.text();
        if (token.kind() == Token.Kind.QUOTED) {
            char open = text.charAt(0);
            char close = open == '[' ? ']' : open;
            String inner = text.length() >= 2 ? text.substring(1, text.length() - 1) : text;
            inner = inner.replace(String.valueOf(close) + close, String.valueOf(close));
            return flavor == SqlFlavor.POSTGRES ? inner : inner.toLowerCase(Locale.ROOT);
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /** A name as JSqlParser hands it over (quotes kept, maybe qualified), normalized. */
    static String of(String raw, SqlFlavor flavor) {
        if (raw == null) {
            return null;
        }
        Cursor cursor = new Cursor(raw, flavor);
        if (cursor.atEnd()) {
            return raw;
        }
        return cursor.name();
    }
}
