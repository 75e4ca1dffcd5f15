package dev.strata.core.script;

/**
 * One statement of a script, as the database's own client would send it.
 *
 * @param sql  the statement text without its terminator, comments inside it kept
 * @param line the 1-based line of the file where the statement starts
 */
public record SqlStatement(String sql, int line) {
}
