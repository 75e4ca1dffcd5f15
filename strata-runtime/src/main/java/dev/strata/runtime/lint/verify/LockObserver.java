package dev.strata.runtime.lint.verify;

import dev.strata.core.error.DatabaseException;
import dev.strata.runtime.JdbcSession;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The second connection: it reads {@code pg_locks} for the migration's backend. Inside a transaction the locks a
 * statement took are still held when it returns, so one read after each statement sees them all. A statement
 * that cannot run in a transaction block ({@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}) releases its locks as
 * it finishes, so while it runs the observer samples {@code pg_locks} in a loop on a thread of its own.
 */
final class LockObserver implements AutoCloseable {
    /** A lock on a relation, by oid (names are resolved against the migration connection's view of pg_class). */
    record Held(long oid, String mode) {
    }

    private static final String LOCKS = "SELECT relation, mode FROM pg_catalog.pg_locks"
            + " WHERE pid = ? AND locktype = 'relation' AND granted AND relation >= 16384";

    private final JdbcSession session;
    private final int pid;

    LockObserver(JdbcSession session, int pid) {
        this.session = session;
        this.pid = pid;
    }

    /** The relation locks the backend holds now. */
    Set<Held> held() {
        return new LinkedHashSet<>(session.query(LOCKS, r -> new Held(r.getLong(1), r.getString(2)), pid));
    }

    /** Samples the backend's locks until {@link Sampling#stop()}; every lock seen at least once is kept. */
    Sampling sample() {
        return new Sampling();
    }

    final class Sampling {
        private final Set<Held> seen = new LinkedHashSet<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;
        private volatile DatabaseException failure;

        private Sampling() {
            thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        Set<Held> now = held();
                        synchronized (seen) {
                            seen.addAll(now);
                        }
                    } catch (DatabaseException e) {
                        failure = e;
                        return;
                    }
                }
            }, "strata-lint-verify-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        Set<Held> stop() {
            running.set(false);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            synchronized (seen) {
                return new LinkedHashSet<>(seen);
            }
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
