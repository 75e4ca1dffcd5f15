package dev.strata.runtime.testing;

import dev.strata.runtime.JdbcSession;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Small catalog reads for assertions: which tables exist, how many rows. Not Strata's introspection. */
public final class Inspect {
    private Inspect() {
    }

    /** User tables in the session's current database/schema, Strata's own included, sorted, lower case. */
    public static List<String> tables(JdbcSession session, String dialect) {
        String sql = switch (dialect) {
            case "postgresql" -> "SELECT table_schema || '.' || table_name FROM information_schema.tables "
                    + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')";
            case "mariadb" -> "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()";
            default -> "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        };
        TreeSet<String> names = new TreeSet<>();
        for (String name : session.query(sql, r -> r.getString(1))) {
            names.add(name.startsWith("public.") ? name.substring("public.".length()) : name.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(names);
    }

    public static long count(JdbcSession session, String table) {
        return session.queryOne("SELECT COUNT(*) FROM " + table, r -> r.getLong(1));
    }
}
