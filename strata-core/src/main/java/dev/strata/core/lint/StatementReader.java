package dev.strata.core.lint;

import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.SqlFlavor;

/**
 * Turns one statement's text into the model rules judge. The runtime provides the real one (a SQL parser);
 * it never throws: a statement it cannot read is {@link Stmt.Unrecognized}.
 */
@FunctionalInterface
public interface StatementReader {
    Stmt read(String sql, SqlFlavor flavor);
}
