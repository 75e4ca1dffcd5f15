package dev.strata.runtime.lint.verify;

import dev.strata.runtime.JdbcSession;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user relations of a PostgreSQL database at one moment, read on the migration's own connection: inside its
 * transaction that connection sees what the transaction has made (new relations, new relfilenodes), which a second
 * connection cannot. Strata's bookkeeping tables are left out.
 */
record Relations(Map<Long, Relation> byOid) {
    /**
     * One table, index, sequence or materialized view.
     *
     * @param kind     pg_class.relkind: r table, p partitioned table, i index, m materialized view, S sequence
     * @param filenode pg_class.relfilenode: a new one means the relation's storage was rewritten (or truncated)
     * @param seqScans sequential scans of it counted so far (pg_stat_xact_user_tables, plus pg_stat_user_tables when read fresh)
     * @param table    for an index, the oid of its table; else 0
     */
    record Relation(long oid, String name, char kind, long filenode, long seqScans, long table) {
        boolean isTable() {
            return kind == 'r' || kind == 'p' || kind == 'm';
        }
    }

    private static final String QUERY = "SELECT c.oid, n.nspname, c.relname, c.relkind, c.relfilenode,"
            + " COALESCE(s.seq_scan, 0) + CASE WHEN ? THEN COALESCE(f.seq_scan, 0) ELSE 0 END, COALESCE(i.indrelid, 0)"
            + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_catalog.pg_stat_xact_user_tables s ON s.relid = c.oid"
            + " LEFT JOIN pg_catalog.pg_stat_user_tables f ON f.relid = c.oid"
            + " LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid"
            + " WHERE c.oid >= 16384 AND c.relkind IN ('r', 'p', 'i', 'm', 'S')"
            + " AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'"
            + " AND NOT (n.nspname = ? AND c.relname LIKE 'strata\\_%')";

    /**
     * @param freshTotals the session reads statistics fresh ({@code stats_fetch_consistency = none}, PostgreSQL 15+), so
     *                    flushed and pending scan counts add up to a total that a flush between two reads does not change
     */
    static Relations read(JdbcSession session, String bookkeepingSchema, boolean freshTotals) {
        Map<Long, Relation> relations = new LinkedHashMap<>();
        session.query(QUERY, r -> {
            String schema = r.getString(2);
            String name = schema.equals("public") ? r.getString(3) : schema + "." + r.getString(3);
            Relation relation = new Relation(r.getLong(1), name, r.getString(4).charAt(0), r.getLong(5), r.getLong(6),
                    r.getLong(7));
            relations.put(relation.oid(), relation);
            return relation;
        }, freshTotals, bookkeepingSchema);
        return new Relations(relations);
    }

    Relation get(long oid) {
        return byOid.get(oid);
    }
}
