package dev.strata.runtime.migrate;

import java.util.Map;
import java.util.Set;

/**
 * What the database says about its migrations, read in two queries whatever their number.
 *
 * @param tablesExist    whether Strata's tables exist yet
 * @param versionRows    the rows of {@code strata_version}
 * @param checksums      the checksum recorded when each revision was last applied (or repaired)
 * @param pendingFailure a non-transactional (or MariaDB) migration that failed half-way and was not mended, or null
 */
public record AppliedState(boolean tablesExist, Set<String> versionRows, Map<String, String> checksums,
                           HistoryEntry pendingFailure) {
    public static final AppliedState EMPTY = new AppliedState(false, Set.of(), Map.of(), null);
}
