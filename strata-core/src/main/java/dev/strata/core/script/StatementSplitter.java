package dev.strata.core.script;

import java.util.List;

/** STUB: being written. Splits a script into statements by the lexical rules of {@link SqlFlavor}. */
public final class StatementSplitter {
    private StatementSplitter() {
    }

    /** @param firstLine the file line of text's first line, so statements carry file lines */
    public static List<SqlStatement> split(String text, SqlFlavor flavor, int firstLine) {
        throw new UnsupportedOperationException("stub");
    }
}
