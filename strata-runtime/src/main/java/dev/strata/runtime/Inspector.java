package dev.strata.runtime;

import dev.strata.core.model.Schema;

import java.util.Set;

/**
 * Reads a live database's schema from its catalogs in a fixed number of batched queries, whatever the number
 * of tables. Objects owned by extensions, and Strata's own tables, are not part of the user's schema.
 */
public interface Inspector {

    /**
     * @param schemas the schemas (namespaces) to read; empty means every non-system schema of the database
     */
    Schema inspect(JdbcSession session, Set<String> schemas);
}
