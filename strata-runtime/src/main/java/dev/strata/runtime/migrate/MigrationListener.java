package dev.strata.runtime.migrate;

import dev.strata.core.graph.Step;

import java.time.Duration;

/** What a run tells the person watching it. Every method has a default, so a listener says only what it cares about. */
public interface MigrationListener {
    MigrationListener NONE = new MigrationListener() {
    };

    default void lockWaiting(String holder) {
    }

    default void stepStarting(Step step, String file) {
    }

    default void stepFinished(Step step, Duration took) {
    }

    default void retrying(Step step, int attempt, int of, Duration pause, String reason) {
    }
}
