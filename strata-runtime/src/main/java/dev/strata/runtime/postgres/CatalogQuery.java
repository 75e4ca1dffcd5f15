package dev.strata.runtime.postgres;

import dev.strata.runtime.JdbcSession.RowMapper;

/**
 * One of the inspector's fixed catalog queries: a name for messages, its SQL and how a row becomes a
 * record. Every query takes one parameter, the {@code text[]} of schemas to read (empty for all).
 *
 * @param sql the query; {@value #NULLS_NOT_DISTINCT} stands for what the server calls
 *            {@code indnullsnotdistinct} (PostgreSQL 15) or {@code false} before it
 */
record CatalogQuery<T>(String name, String sql, RowMapper<T> mapper) {

    static final String NULLS_NOT_DISTINCT = "{nulls_not_distinct}";

    /** The SQL for a server of this major version. */
    String sqlFor(int majorVersion) {
        return sql.replace(NULLS_NOT_DISTINCT, majorVersion >= 15 ? "i.indnullsnotdistinct" : "false");
    }

    @Override
    public String toString() {
        return name;
    }
}
