package dev.strata.runtime.migrate;

import dev.strata.core.error.BadInputException;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations users write: {@code 500ms}, {@code 2s}, {@code 1m}, {@code 1h}, or {@code 0}. */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    private Durations() {
    }

    /** @param what names where the value came from, for the error message */
    public static Duration parse(String text, String what) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches() || (m.group(2) == null && !m.group(1).equals("0"))) {
            throw new BadInputException(what + ": `" + text + "` is not a duration", "write it like 500ms, 2s, 1m or 0");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
