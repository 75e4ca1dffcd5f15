package dev.strata.runtime.expand;

import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Application versions at work on a table, each a thread with a connection of its own, in a loop until stopped:
 * writers that insert rows (remembering what they wrote) and update existing ones, and readers that count rows whose
 * old and new columns disagree. Every failure is kept for the test to assert on.
 */
final class Workload implements AutoCloseable {
    /** What one writer does: the SQL of an insert for an id and a value, and of an update of an id to a value. */
    record Writer(String name, int firstId, String insert, String update, IntFunction<Object> value) {
        Writer withFirstId(int id) {
            return new Writer(name, id, insert, update, value);
        }
    }

    private final Database database;
    private final int existingRows;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Map<Integer, Object> inserted = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger inconsistentReads = new AtomicInteger();

    /** @param existingRows updates go to ids 1..existingRows */
    Workload(Database database, int existingRows) {
        this.database = database;
        this.existingRows = existingRows;
    }

    /** Starts a writer: it alternates an insert of a new id (from firstId up) and an update of an existing row. */
    void start(Writer writer) {
        spawn(writer.name, session -> {
            int id = writer.firstId;
            for (int n = 1; !stop.get(); n++, id++) {
                Object value = writer.value.apply(n);
                session.update(writer.insert, id, value);
                inserted.put(id, value);
                session.update(writer.update, writer.value.apply(n + 1_000_000), ThreadLocalRandom.current().nextInt(1, existingRows + 1));
                writes.addAndGet(2);
            }
        });
    }

    /** Starts a reader: {@code inconsistent} counts the rows whose columns disagree; it must always say 0. */
    void startReader(String inconsistent) {
        spawn("reader", session -> {
            while (!stop.get()) {
                Long count = session.queryOne(inconsistent, r -> r.getLong(1));
                reads.incrementAndGet();
                if (count == null || count != 0) {
                    inconsistentReads.incrementAndGet();
                    failures.add("reader saw " + count + " inconsistent rows");
                }
            }
        });
    }

    private void spawn(String name, java.util.function.Consumer<JdbcSession> loop) {
        Thread thread = new Thread(() -> {
            try (JdbcSession session = database.open()) {
                loop.accept(session);
            } catch (RuntimeException e) {
                failures.add(name + ": " + e.getMessage());
            }
        }, name);
        threads.add(thread);
        thread.start();
    }

    /** Stops every thread started so far and waits for them. */
    void stop() {
        stop.set(true);
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        stop.set(false);
    }

    List<String> failures() {
        return failures;
    }

    /** The rows the writers inserted (never updated later), with the value written. */
    Map<Integer, Object> inserted() {
        return inserted;
    }

    int writes() {
        return writes.get();
    }

    int reads() {
        return reads.get();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
