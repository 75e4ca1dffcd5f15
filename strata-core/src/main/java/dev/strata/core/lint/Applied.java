package dev.strata.core.lint;

import java.util.Map;

/**
 * What a database recorded about the migrations applied to it, for {@code modified-after-apply}.
 *
 * @param database  the database, as shown to people (password redacted)
 * @param checksums revision → the checksum recorded when it was last applied (or repaired)
 */
public record Applied(String database, Map<String, String> checksums) {
    public Applied {
        checksums = Map.copyOf(checksums);
    }
}
