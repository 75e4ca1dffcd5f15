package dev.strata.runtime.sqlite;

import dev.strata.core.error.DatabaseException;
import dev.strata.runtime.Dialect.LockWaitListener;
import dev.strata.runtime.LockWaiting;
import dev.strata.runtime.MigrationLock;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An OS file lock on {@code DB.strata-lock} beside the database file. The OS releases it when the process
 * dies. (A lock on the database file itself would be dropped by SQLite closing its own descriptors.)
 */
final class SqliteFileLock implements MigrationLock {
    private final FileChannel channel;
    private final FileLock lock;

    private SqliteFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static MigrationLock acquire(Path database, Duration wait, LockWaitListener waiting) {
        Path lockFile = database.resolveSibling(database.getFileName() + ".strata-lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DatabaseException("cannot open the lock file " + lockFile + ": " + e.getMessage(),
                    "check that the directory is writable");
        }
        FileLock[] held = new FileLock[1];
        try {
            LockWaiting.poll(wait, waiting, () -> {
                try {
                    held[0] = channel.tryLock();
                    return held[0] != null;
                } catch (OverlappingFileLockException e) {
                    return false; // held by another runner in this same JVM
                } catch (IOException e) {
                    throw new DatabaseException("cannot lock " + lockFile + ": " + e.getMessage(), null);
                }
            }, () -> "another process (lock file " + lockFile + ")");
            return new SqliteFileLock(channel, held[0]);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to add to the original outcome
        }
    }
}
