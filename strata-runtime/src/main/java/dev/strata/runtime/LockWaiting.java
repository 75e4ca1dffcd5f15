package dev.strata.runtime;

import dev.strata.core.error.DatabaseException;
import dev.strata.runtime.Dialect.LockWaitListener;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The wait loop that every lock shares: try, tell the user once who holds it, give up at the deadline. */
public final class LockWaiting {
    private LockWaiting() {
    }

    public static void poll(Duration wait, LockWaitListener waiting, BooleanSupplier tryLock, Supplier<String> holder) {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        long pause = 50;
        while (!tryLock.getAsBoolean()) {
            String who = null;
            if (!told) {
                who = holder.get();
                waiting.waiting(who);
                told = true;
            }
            if (System.nanoTime() >= deadline) {
                throw new DatabaseException("gave up after " + wait.toSeconds() + " s waiting for the migration lock held by "
                        + (who != null ? who : holder.get()),
                        "let the other run finish, wait longer with --lock-wait, or stop it");
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DatabaseException("interrupted while waiting for the migration lock", null);
            }
            pause = Math.min(pause * 2, 500);
        }
    }
}
