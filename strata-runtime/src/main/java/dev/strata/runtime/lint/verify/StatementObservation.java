package dev.strata.runtime.lint.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one statement of a migration was seen to do on the scratch database.
 *
 * @param line        the statement's 1-based line in the migration file
 * @param sql         the statement
 * @param durationMs  how long it ran
 * @param taken       the locks it took (held after it and not before it; in a transaction, earlier statements' locks are still held)
 * @param held        every lock the migration's backend held right after it (in a transaction: the earlier statements' too)
 * @param rewritten   pre-existing tables whose relfilenode changed: rewritten (or truncated) to new storage
 * @param scanned     pre-existing tables it read sequentially from start to end
 * @param builtIndexes indexes it built on pre-existing tables, as {@code index on table}
 * @param sampled     true when the statement ran outside a transaction block, so its locks were sampled while it ran
 *                    (a lock held for less than a sampling round trip can be missed); false when they were read before commit
 * @param failure     the server's error when the statement failed, else null
 * @param sqlState    the SQLSTATE of that error, else null
 */
public record StatementObservation(int line, String sql, long durationMs, List<Lock> taken, List<Lock> held, List<String> rewritten,
                                   List<String> scanned, List<String> builtIndexes, boolean sampled, String failure,
                                   String sqlState) {
    public StatementObservation {
        taken = List.copyOf(taken);
        held = List.copyOf(held);
        rewritten = List.copyOf(rewritten);
        scanned = List.copyOf(scanned);
        builtIndexes = List.copyOf(builtIndexes);
    }

    public boolean failed() {
        return failure != null;
    }

    /** The strongest lock taken on each pre-existing table (locks on what the migration made are left out). */
    public Map<String, String> strongestOnExistingTables() {
        return strongest(taken);
    }

    private static Map<String, String> strongest(List<Lock> locks) {
        Map<String, Lock> best = new TreeMap<>();
        for (Lock lock : locks) {
            if (lock.table() && lock.preexisting()) {
                best.merge(lock.relation(), lock, (a, b) -> a.strength() >= b.strength() ? a : b);
            }
        }
        Map<String, String> modes = new TreeMap<>();
        best.forEach((table, lock) -> modes.put(table, lock.mode()));
        return modes;
    }

    /** The lock the backend held on a pre-existing table right after the statement, strongest first; null when none. */
    public Lock strongestHeldOn(String table) {
        Lock best = null;
        for (Lock lock : held) {
            if (lock.table() && lock.preexisting() && lock.relation().equals(table) && (best == null || lock.strength() > best.strength())) {
                best = lock;
            }
        }
        return best;
    }

    /** One line for people, e.g. {@code AccessExclusiveLock on orders; rewrite of orders (relfilenode changed); 12 ms}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (failed()) {
            return "failed: " + failure + "; " + durationMs + " ms";
        }
        Map<String, String> locks = strongestOnExistingTables();
        if (locks.isEmpty()) {
            parts.add("no lock on an existing table" + (sampled ? " seen (sampled while it ran)" : ""));
        } else {
            List<String> each = new ArrayList<>();
            locks.forEach((table, mode) -> each.add(mode + " on " + table));
            parts.add(String.join(", ", each) + (sampled ? " (sampled while it ran)" : ""));
        }
        rewritten.forEach(table -> parts.add("rewrite of " + table + " (relfilenode changed)"));
        scanned.forEach(table -> parts.add("scan of " + table));
        builtIndexes.forEach(index -> parts.add("index build " + index));
        parts.add(durationMs + " ms");
        return String.join("; ", parts);
    }
}
