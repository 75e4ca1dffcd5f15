package dev.strata.runtime.zerodowntime;

import dev.strata.core.error.ConfigException;
import dev.strata.core.error.MalformedMigrationException;
import dev.strata.core.script.Section;
import dev.strata.core.script.SqlStatement;
import dev.strata.runtime.config.ExecutionConfig;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A batched, resumable data migration: one statement of a non-transactional migration, preceded by a directive
 * line, run in keyset-ordered batches, each its own short transaction.
 *
 * <pre>
 * -- strata:backfill table=orders key=id batch=10000 sleep=50ms max-lag=10s
 * UPDATE orders SET total = price * quantity WHERE total IS NULL AND {batch};
 * </pre>
 *
 * {@code {batch}} becomes {@code key > last AND key <= upper}, the next {@code batch} keys in order.
 * {@code table} and {@code key} are required; {@code batch} defaults to 1000, {@code sleep} (between batches) to 0,
 * {@code max-lag} (pause while any replica lags more) to 10s, {@code 0} turning it off. The older spelling
 * {@code -- strata-backfill} is read the same way.
 *
 * @param ordinal   which backfill of its migration this is (1, 2…): names its progress row
 * @param statement the statement, with {@code {batch}} still in it
 * @param existingRowsOnly stop at the largest key there is when the run starts, rather than chase rows inserted
 *                  meanwhile (for an expansion, whose trigger fills those rows itself)
 */
public record Backfill(String table, String key, int batch, Duration sleep, Duration maxLag, int ordinal, SqlStatement statement,
                       boolean existingRowsOnly) {
    public static final String PLACEHOLDER = "{batch}";

    public Backfill(String table, String key, int batch, Duration sleep, Duration maxLag, int ordinal, SqlStatement statement) {
        this(table, key, batch, sleep, maxLag, ordinal, statement, false);
    }
    private static final Pattern DIRECTIVE = Pattern.compile("^--\\s*strata(-|:)backfill(\\s.*|)$");
    private static final Pattern NAME = Pattern.compile(
            "(\"(?:[^\"]|\"\")+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)(\\s*\\.\\s*(\"(?:[^\"]|\"\")+\"|[\\p{L}_][\\p{L}\\p{N}_$]*))?");

    /**
     * The statement for one batch: {@code {batch}} replaced by {@code (key > lower AND key <= upper)}, or by
     * {@code (key <= upper)} for the first batch ({@code lower} null). The bounds are SQL expressions.
     */
    public String batchStatement(String lower, String upper) {
        return statement.sql().replace(PLACEHOLDER, "(" + (lower == null ? "" : key + " > " + lower + " AND ") + key + " <= " + upper + ")");
    }

    /**
     * What {@code --sql} prints for the backfill, for review: comments saying how it runs, then the batch statement
     * with its keyset bounds as parameters {@code $1} and {@code $2} (which psql refuses, rather than running the
     * statement once over the whole table).
     */
    public List<String> review(String progressTable) {
        return List.of(
                "-- strata:backfill: the statement below runs in batches of up to " + String.format("%,d", batch) + " rows of " + table
                        + " in " + key + " order, each batch its own transaction (not one statement over the whole table):",
                "--   $2 := SELECT max(" + key + ") FROM (SELECT " + key + " FROM " + table + " WHERE " + key + " > $1 ORDER BY "
                        + key + " LIMIT " + batch + ") b;  then the statement below;",
                "--   then its position is recorded in " + progressTable + " and the batch commits"
                        + (sleep.isZero() ? "" : "; then a pause of " + Durations.format(sleep))
                        + (maxLag.isZero() ? "" : "; batches wait while a replica lags more than " + Durations.format(maxLag)) + ".",
                "--   $1 is the last " + key + " of the batch before (the first batch has no lower bound); a stopped run resumes"
                        + " after its last committed batch.",
                batchStatement("$1", "$2"));
    }

    /** The key column as PostgreSQL stores its name. */
    public String keyName() {
        return ConcurrentIndex.identifier(key);
    }

    /**
     * The backfills of a section, by the index of their statement in {@code statements}. A directive applies to the
     * statement right below it (only blank lines and comments between).
     */
    public static Map<Integer, Backfill> find(Section section, List<SqlStatement> statements, String file) {
        if (section == null || !section.text().contains("backfill")) {
            return Map.of();
        }
        String[] lines = section.text().split("\\R", -1);
        Map<Integer, Backfill> found = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement statement = statements.get(i);
            for (int line = statement.line() - 1; line >= section.firstLine(); line--) {
                String text = lines[line - section.firstLine()].strip();
                if (!text.isEmpty() && !text.startsWith("--")) {
                    break;
                }
                if (DIRECTIVE.matcher(text).matches()) {
                    found.put(i, parse(text.replaceFirst("^--\\s*strata.backfill", "").strip(), found.size() + 1, statement,
                            file + ":" + line));
                    break;
                }
            }
        }
        return found;
    }

    static Backfill parse(String options, int ordinal, SqlStatement statement, String where) {
        Map<String, String> values = new HashMap<>();
        for (String word : options.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw malformed(where, "`" + word + "` in a backfill line is not name=value");
            }
            String name = word.substring(0, eq);
            if (!List.of("table", "key", "batch", "sleep", "max-lag").contains(name)) {
                throw malformed(where, "unknown backfill option " + name);
            }
            if (values.put(name, word.substring(eq + 1)) != null) {
                throw malformed(where, "backfill option " + name + " is given twice");
            }
        }
        String table = values.get("table");
        String key = values.get("key");
        if (table == null || key == null) {
            throw malformed(where, "a backfill line needs table= and key=");
        }
        if (!NAME.matcher(table).matches() || !NAME.matcher(key).matches() || key.contains(".")) {
            throw malformed(where, "backfill table= must be a table name (schema.table allowed) and key= a column name");
        }
        if (!statement.sql().contains(PLACEHOLDER)) {
            throw malformed(where, "the statement below a backfill line must say where each batch goes with " + PLACEHOLDER
                    + ", e.g. `UPDATE " + table + " SET … WHERE " + PLACEHOLDER + "`");
        }
        int batch;
        try {
            batch = Integer.parseInt(values.getOrDefault("batch", "1000"));
        } catch (NumberFormatException e) {
            batch = 0;
        }
        if (batch <= 0) {
            throw malformed(where, "backfill batch= must be a positive whole number");
        }
        try {
            return new Backfill(table, key, batch,
                    ExecutionConfig.parseDuration(values.getOrDefault("sleep", "0"), "backfill sleep="),
                    ExecutionConfig.parseDuration(values.getOrDefault("max-lag", "10s"), "backfill max-lag="),
                    ordinal, statement);
        } catch (ConfigException e) {
            throw malformed(where, e.getMessage());
        }
    }

    private static MalformedMigrationException malformed(String where, String what) {
        return new MalformedMigrationException(where + ": " + what,
                "write it as `-- strata-backfill table=orders key=id batch=10000 sleep=50ms` above one statement with "
                        + PLACEHOLDER + " in its WHERE clause");
    }
}
