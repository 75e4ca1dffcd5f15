package dev.strata.runtime.lint.verify;

import java.util.List;

/**
 * What one migration was seen to do on the scratch database, statement by statement.
 *
 * @param revision   the migration's revision
 * @param statements one observation per statement that ran (up to and including a failed one)
 * @param seededRows sample rows inserted into its existing tables before it ran
 */
public record MigrationObservation(String revision, boolean transactional, List<StatementObservation> statements, int seededRows) {
    public MigrationObservation {
        statements = List.copyOf(statements);
    }

    public boolean failed() {
        return statements.stream().anyMatch(StatementObservation::failed);
    }

    public StatementObservation at(int line) {
        return statements.stream().filter(s -> s.line() == line).findFirst().orElse(null);
    }
}
