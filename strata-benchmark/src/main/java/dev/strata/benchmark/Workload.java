package dev.strata.benchmark;

/**
 * The workload of design/benchmarks.md: migration {@code i} (1-based) creates table {@code m{i}} with a
 * foreign key to {@code m{i-1}} and an index on that key. Every tool runs exactly this SQL.
 */
public final class Workload {

    private Workload() {
    }

    /** The forward SQL of migration {@code i}: one CREATE TABLE and one CREATE INDEX. */
    public static String upgradeSql(int i) {
        String reference = i > 1 ? " REFERENCES m" + (i - 1) + " (id)" : "";
        return "CREATE TABLE m" + i + " (\n"
                + "    id bigserial PRIMARY KEY,\n"
                + "    name varchar(100) NOT NULL,\n"
                + "    created_at timestamptz DEFAULT now(),\n"
                + "    prev_id bigint" + reference + "\n"
                + ");\n"
                + "CREATE INDEX m" + i + "_prev_id_idx ON m" + i + " (prev_id);\n";
    }

    /** The reverse of {@link #upgradeSql(int)}. */
    public static String downgradeSql(int i) {
        return "DROP TABLE m" + i + ";\n";
    }

    /** Strata's revision id of migration {@code i}: 12 lowercase hex digits, {@code 000000000001} for the first. */
    public static String revision(int i) {
        return String.format("%012x", i);
    }

    /** A Strata migration file: header, upgrade section, downgrade section. */
    public static String strataFile(int i) {
        return "-- strata:revision " + revision(i) + "\n"
                + "-- strata:revises " + (i == 1 ? "base" : revision(i - 1)) + "\n"
                + "-- strata:message m" + i + "\n"
                + "\n"
                + "-- strata:upgrade\n"
                + upgradeSql(i)
                + "\n"
                + "-- strata:downgrade\n"
                + downgradeSql(i);
    }

    public static String strataFileName(int i) {
        return revision(i) + "_m" + i + ".sql";
    }

    public static String flywayFileName(int i) {
        return "V" + i + "__m" + i + ".sql";
    }

    /** The SQL file a Liquibase changeset points at, and the floor's file of migration {@code i}. */
    public static String plainFileName(int i) {
        return "m" + i + ".sql";
    }
}
