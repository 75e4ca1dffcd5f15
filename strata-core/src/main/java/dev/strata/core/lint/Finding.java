package dev.strata.core.lint;

/**
 * One thing lint found.
 *
 * @param rule     the rule id (stable; used in suppressions and config)
 * @param severity after {@code [lint.rules]} overrides
 * @param revision the migration's revision id
 * @param file     the migration file as given to the linter
 * @param line     the 1-based file line of the statement (or of the suppression or section marker)
 * @param message  what is wrong, naming the objects involved
 * @param fix      the safe form: what to write instead
 */
public record Finding(String rule, Severity severity, String revision, String file, int line, String message, String fix) {
}
