package dev.strata.core.lint;

import dev.strata.core.script.Section;
import dev.strata.core.script.SqlStatement;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code -- strata:allow RULE-ID reason} line of an upgrade section. It excuses findings of that rule on
 * the statement it stands before (or inside of, for a comment within a long statement); one after the last
 * statement excuses the migration-level findings ({@code irreversible-downgrade}).
 *
 * @param line      the file line of the allow comment
 * @param rule      the rule id it names ("" when none)
 * @param reason    the reason text ("" when none)
 * @param statement the index of the statement it belongs to, or -1 for the migration itself
 */
public record Suppression(int line, String rule, String reason, int statement) {
    private static final String MARKER = "strata:allow";

    /** The allow lines of a section, each tied to its statement. */
    public static List<Suppression> scan(Section section, List<SqlStatement> statements) {
        List<Suppression> result = new ArrayList<>();
        String[] lines = section.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (!trimmed.startsWith("--")) {
                continue;
            }
            String body = trimmed.substring(2).strip();
            if (!body.startsWith(MARKER) || (body.length() > MARKER.length() && !Character.isWhitespace(body.charAt(MARKER.length())))) {
                continue;
            }
            String rest = body.substring(MARKER.length()).strip();
            int space = indexOfWhitespace(rest);
            String rule = space < 0 ? rest : rest.substring(0, space);
            String reason = space < 0 ? "" : rest.substring(space).strip();
            int line = section.firstLine() + i;
            result.add(new Suppression(line, rule, reason, statementAt(line, statements)));
        }
        return result;
    }

    /** The statement a comment on this line belongs to: the one around it, else the next one; -1 if none. */
    private static int statementAt(int line, List<SqlStatement> statements) {
        for (int s = 0; s < statements.size(); s++) {
            SqlStatement statement = statements.get(s);
            int last = statement.line() + (int) statement.sql().chars().filter(c -> c == '\n').count();
            if (line >= statement.line() && line <= last || statement.line() > line) {
                return s;
            }
        }
        return -1;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
