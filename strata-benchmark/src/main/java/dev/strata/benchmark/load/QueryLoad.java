package dev.strata.benchmark.load;

import dev.strata.benchmark.DbUrl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The application: a few connections, each in a loop of short autocommit queries on {@code accounts} (60% reads of
 * one row by key, 30% updates of one row, 10% inserts), with prepared statements as an application uses them and a
 * short pause between queries. Every query is timed from the client; a query that throws counts as failed.
 * The sessions are named {@link #APPLICATION}, so the {@link LockWaitSampler} can find them. Row 1 is left alone: the
 * {@link IdleTransaction} holds it.
 */
final class QueryLoad implements AutoCloseable {
    static final String APPLICATION = "strata-load-workload";
    private static final long PAUSE_MILLIS = 4;

    /** One query: when it started and ended (System.nanoTime) and whether it failed. */
    record Query(long start, long end, boolean failed) {
        long nanos() {
            return end - start;
        }
    }

    private final List<Thread> threads = new ArrayList<>();
    private final List<List<Query>> queries = new ArrayList<>();
    private final ConcurrentHashMap<String, Integer> errors = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    private QueryLoad() {
    }

    static QueryLoad start(DbUrl db, int workers, int rows) {
        QueryLoad load = new QueryLoad();
        for (int w = 0; w < workers; w++) {
            List<Query> mine = new ArrayList<>();
            load.queries.add(mine);
            Connection connection;
            try {
                connection = LoadTable.connect(db, APPLICATION);
            } catch (SQLException e) {
                load.close();
                throw new IllegalStateException("workload cannot connect to " + db + ": " + e.getMessage(), e);
            }
            Thread thread = new Thread(() -> load.loop(connection, mine, rows), "load-worker-" + w);
            thread.setDaemon(true);
            load.threads.add(thread);
            thread.start();
        }
        return load;
    }

    private void loop(Connection connection, List<Query> mine, int rows) {
        try (connection;
             PreparedStatement read = connection.prepareStatement("SELECT id, customer_id, amount, note FROM accounts WHERE id = ?");
             PreparedStatement update = connection.prepareStatement("UPDATE accounts SET note = ? WHERE id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO accounts (customer_id, amount, note, score) VALUES (?, ?, ?, ?)")) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (running) {
                int dice = random.nextInt(10);
                long id = 2 + random.nextLong(rows - 1);
                long start = System.nanoTime();
                boolean failed = false;
                try {
                    if (dice < 6) {
                        read.setLong(1, id);
                        try (ResultSet r = read.executeQuery()) {
                            while (r.next()) {
                                r.getLong(3);
                            }
                        }
                    } else if (dice < 9) {
                        update.setString(1, "touched " + start);
                        update.setLong(2, id);
                        update.executeUpdate();
                    } else {
                        int amount = random.nextInt(1000);
                        insert.setLong(1, 1 + random.nextInt(LoadTable.CUSTOMERS));
                        insert.setInt(2, amount);
                        insert.setString(3, "new");
                        insert.setInt(4, amount * 2);
                        insert.executeUpdate();
                    }
                } catch (SQLException e) {
                    failed = true;
                    errors.merge(String.valueOf(e.getMessage()).lines().findFirst().orElse(""), 1, Integer::sum);
                }
                mine.add(new Query(start, System.nanoTime(), failed));
                Thread.sleep(PAUSE_MILLIS);
            }
        } catch (SQLException e) {
            errors.merge("connection: " + e.getMessage(), 1, Integer::sum);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the workers and waits for them; then {@link #queries()} is complete. */
    @Override
    public void close() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    List<Query> queries() {
        List<Query> all = new ArrayList<>();
        queries.forEach(all::addAll);
        return all;
    }

    /** The failures' messages (first line) and how often each was seen. */
    java.util.Map<String, Integer> errors() {
        return java.util.Map.copyOf(errors);
    }
}
