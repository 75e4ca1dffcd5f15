package dev.strata.runtime;

/**
 * The lock one migration run holds from start to end, so that two deployers never apply the same
 * migration twice. Closing releases it; releasing never throws, so it never hides the original failure.
 */
public interface MigrationLock extends AutoCloseable {
    @Override
    void close();
}
