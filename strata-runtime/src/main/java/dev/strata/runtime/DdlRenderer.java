package dev.strata.runtime;

import dev.strata.core.ops.Operation;

import java.util.List;

/**
 * Renders operations to the dialect's SQL, every identifier quoted. Where a safer form exists (PostgreSQL:
 * CREATE INDEX CONCURRENTLY, NOT VALID then VALIDATE, SET NOT NULL through a validated check) it is used and a
 * comment says so.
 */
public interface DdlRenderer {

    /** The rendered script for these operations, in order. */
    RenderedScript render(List<Operation> operations);

    /**
     * A rendered migration body.
     *
     * @param statements    the statements (without terminators), comments as their own lines starting with {@code --}
     * @param transactional false when a statement cannot run in a transaction (CREATE INDEX CONCURRENTLY)
     */
    record RenderedScript(List<String> statements, boolean transactional) {
        public RenderedScript {
            statements = List.copyOf(statements);
        }

        /** The body as it goes into a migration file: each statement terminated, comments kept. */
        public String text() {
            StringBuilder text = new StringBuilder();
            for (String statement : statements) {
                text.append(statement.startsWith("--") ? statement : statement + ";").append('\n');
            }
            return text.toString();
        }
    }
}
