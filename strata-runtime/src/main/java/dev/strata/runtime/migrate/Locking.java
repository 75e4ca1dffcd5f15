package dev.strata.runtime.migrate;

import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.MigrationLock;

import java.util.function.Supplier;

/** The migration lock around a piece of work: taken, the work done, released even when the work fails. */
final class Locking {
    private Locking() {
    }

    static <T> T holding(Database database, String schema, ExecutionSettings execution, MigrationListener listener,
                         Supplier<T> work) {
        MigrationLock lock = database.dialect().lock(database, schema, execution.lockWait(), listener::lockWaiting);
        try {
            return work.get();
        } finally {
            lock.close(); // never throws, so it never hides the work's own failure
        }
    }
}
