package dev.strata.core.graph;

import dev.strata.core.error.AmbiguousRevisionException;
import dev.strata.core.error.BadInputException;
import dev.strata.core.error.MultipleHeadsException;
import dev.strata.core.graph.Targets.BranchBase;
import dev.strata.core.graph.Targets.Purpose;
import dev.strata.core.graph.Targets.Relative;
import dev.strata.core.graph.Targets.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Upgrade, downgrade and stamp plans. The database's version rows stand for an applied set that is closed
 * under "needs" (revises and depends-on); an upgrade applies the missing ancestors of the target in
 * topological order, a downgrade reverts applied descendants in reverse topological order, and each step
 * carries the version rows before and after it, computed incrementally:
 *
 * <ul>
 *   <li>applying R: rows − needs(R) + R (R is maximal, since nothing applied can need it yet);</li>
 *   <li>reverting R: rows − R + every revision R needs that no applied revision needs any more
 *       (a count of applied needers per revision keeps this linear).</li>
 * </ul>
 *
 * The row sets are {@link RowSet}s, which share structure from step to step, so a plan over a graph of
 * 10,000 heads costs O(n log n), not O(n²).
 */
final class Planner {
    private final RevisionGraph graph;
    private final Targets targets;

    Planner(RevisionGraph graph) {
        this.graph = graph;
        this.targets = new Targets(graph);
    }

    MigrationPlan upgrade(Set<String> versionRows, String text) {
        Target target = targets.parse(text);
        boolean[] applied = graph.appliedMask(versionRows);
        if (target instanceof Relative relative) {
            if (relative.delta() < 0) {
                throw new BadInputException(text + " moves down, not up", "use `strata downgrade " + text + "`");
            }
            return upgradePlan(applied, firstPending(applied, relative.delta(), text));
        }
        if (target instanceof BranchBase branch) {
            throw new BadInputException(text + " is a downgrade target",
                    "use `strata downgrade " + text + "`, or upgrade to `" + branch.name() + "@head`");
        }
        int[] goal = targets.absolute(target, text, Purpose.UPGRADE);
        boolean[] wanted = graph.ancestorMask(goal);
        for (int key = 0; key < wanted.length; key++) {
            wanted[key] &= !applied[key];
        }
        return upgradePlan(applied, RevisionGraph.keysOf(wanted));
    }

    MigrationPlan downgrade(Set<String> versionRows, String text) {
        Target target = targets.parse(text);
        boolean[] applied = graph.appliedMask(versionRows);
        if (target instanceof Relative relative) {
            if (relative.delta() > 0) {
                throw new BadInputException(text + " moves up, not down", "use `strata upgrade " + text + "`");
            }
            return downgradePlan(applied, lastApplied(applied, -relative.delta(), text));
        }
        boolean[] removed;
        if (target instanceof BranchBase branch) {
            removed = graph.descendantMask(branch.key());
        } else {
            int[] goal = targets.absolute(target, text, Purpose.DOWNGRADE);
            for (int key : goal) {
                if (!applied[key]) {
                    throw new BadInputException(graph.id(key) + " is not applied; the database is at " + describe(graph.versionRows(applied)),
                            "downgrade to an applied revision, or upgrade to `" + graph.id(key) + "`");
                }
            }
            if (goal.length == 0) {
                removed = applied.clone();
            } else {
                removed = graph.descendantMask(goal);
                boolean[] kept = graph.ancestorMask(goal);
                for (int key = 0; key < removed.length; key++) {
                    removed[key] &= !kept[key];
                }
            }
        }
        for (int key = 0; key < removed.length; key++) {
            removed[key] &= applied[key];
        }
        return downgradePlan(applied, removed);
    }

    Set<String> stamp(Set<String> versionRows, String text) {
        Target target = targets.parse(text);
        if (target instanceof Relative relative) {
            MigrationPlan plan = relative.delta() > 0 ? upgrade(versionRows, text) : downgrade(versionRows, text);
            return plan.headsAfter();
        }
        if (target instanceof BranchBase) {
            return downgrade(versionRows, text).headsAfter();
        }
        return graph.rowSet(targets.absolute(target, text, Purpose.STAMP));
    }

    /** {@code +N}: the first N pending revisions toward the single head. */
    private int[] firstPending(boolean[] applied, int n, String text) {
        int[] heads = graph.headKeys();
        if (heads.length > 1) {
            throw new MultipleHeadsException(text + " is ambiguous: the migrations have " + heads.length + " heads: " + targets.ids(heads),
                    "say where to go: `REV" + text + "` to step from a revision, or `LABEL@head`");
        }
        // With one head, every revision is one of its ancestors: what is pending is what is not applied.
        int[] pending = new int[n];
        int found = 0;
        for (int key = 0; key < applied.length && found < n; key++) {
            if (!applied[key]) {
                pending[found++] = key;
            }
        }
        if (found < n) {
            throw new BadInputException(text + " goes too far: " + (found == 0 ? "nothing is pending"
                    : "only " + found + (found == 1 ? " revision is" : " revisions are") + " pending"),
                    found == 0 ? "the database is at head already" : "upgrade to `head`, or use `+" + found + "`");
        }
        return pending;
    }

    /** {@code -N}: the last N applied revisions, below the database's single version row. */
    private boolean[] lastApplied(boolean[] applied, int n, String text) {
        RowSet rows = graph.versionRows(applied);
        if (rows.size() > 1) {
            String first = rows.iterator().next();
            throw new AmbiguousRevisionException(text + " is ambiguous: the database has " + rows.size() + " version rows: " + describe(rows),
                    "name the revision to go to, e.g. `" + first + text + "`");
        }
        int[] appliedKeys = RevisionGraph.keysOf(applied);
        if (appliedKeys.length < n) {
            int k = appliedKeys.length;
            throw new BadInputException(text + " goes below base: " + (k == 0 ? "nothing is applied"
                    : "only " + k + (k == 1 ? " revision is" : " revisions are") + " applied"),
                    k == 0 ? "the database is at base already" : "downgrade to `base` to revert them all");
        }
        boolean[] removed = new boolean[applied.length];
        for (int i = appliedKeys.length - n; i < appliedKeys.length; i++) {
            removed[appliedKeys[i]] = true;
        }
        return removed;
    }

    private MigrationPlan upgradePlan(boolean[] applied, int[] needed) {
        RowSet start = graph.versionRows(applied);
        RowSet rows = start;
        List<Step> steps = new ArrayList<>(needed.length);
        for (int key : needed) {
            RowSet after = rows.withoutAll(graph.needsOf(key)).with(key);
            steps.add(new Step(graph.revision(key), Direction.UPGRADE, rows, after));
            rows = after;
        }
        return new MigrationPlan(steps, start, rows);
    }

    /** removed must be closed under "needed by" within applied, which every caller's set is. */
    private MigrationPlan downgradePlan(boolean[] applied, boolean[] removed) {
        int[] appliedNeeders = new int[applied.length];
        for (int key = 0; key < applied.length; key++) {
            if (applied[key]) {
                for (int need : graph.needsOf(key)) {
                    appliedNeeders[need]++;
                }
            }
        }
        RowSet start = graph.versionRows(applied);
        RowSet rows = start;
        List<Step> steps = new ArrayList<>();
        for (int key = removed.length - 1; key >= 0; key--) {
            if (!removed[key]) {
                continue;
            }
            RowSet after = rows.without(key);
            for (int need : graph.needsOf(key)) {
                if (--appliedNeeders[need] == 0) {
                    after = after.with(need);
                }
            }
            steps.add(new Step(graph.revision(key), Direction.DOWNGRADE, rows, after));
            rows = after;
        }
        return new MigrationPlan(steps, start, rows);
    }

    private static String describe(RowSet rows) {
        return rows.isEmpty() ? "base" : RevisionGraph.list(rows);
    }
}
