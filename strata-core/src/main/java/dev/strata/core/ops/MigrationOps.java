package dev.strata.core.ops;

import dev.strata.core.error.NotReversibleException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Helpers over operation lists. */
public final class MigrationOps {
    private MigrationOps() {
    }

    /**
     * The downgrade of an upgrade: every operation reversed, in the opposite order. Throws the
     * {@link NotReversibleException} of the first operation that has no way back.
     */
    public static List<Operation> downgrade(List<? extends Operation> upgrade) {
        List<Operation> reversed = new ArrayList<>(upgrade.size());
        for (Operation operation : upgrade) {
            reversed.add(operation.reverse());
        }
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }

    /** Whether {@link #downgrade} succeeds for these operations. */
    public static boolean isReversible(List<? extends Operation> upgrade) {
        for (Operation operation : upgrade) {
            try {
                operation.reverse();
            } catch (NotReversibleException e) {
                return false;
            }
        }
        return true;
    }
}
