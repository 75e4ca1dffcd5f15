package dev.strata.core.script;

import java.util.List;

/** Test helpers: split and look at the texts or the lines. */
final class Splits {
    private Splits() {
    }

    static List<String> sql(SqlFlavor flavor, String text) {
        return StatementSplitter.split(text, flavor, 1).stream().map(SqlStatement::sql).toList();
    }

    static List<Integer> lines(SqlFlavor flavor, String text, int firstLine) {
        return StatementSplitter.split(text, flavor, firstLine).stream().map(SqlStatement::line).toList();
    }
}
