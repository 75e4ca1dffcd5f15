package dev.strata.runtime.zerodowntime;

import java.time.Duration;

/** Durations the way people read them: {@code 850 ms}, {@code 12s}, {@code 2m 05s}, {@code 1h 02m}. */
public final class Durations {
    private Durations() {
    }

    public static String format(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1000) {
            return millis + " ms";
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format("%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format("%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
