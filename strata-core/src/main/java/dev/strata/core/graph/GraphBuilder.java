package dev.strata.core.graph;

import dev.strata.core.error.BadInputException;
import dev.strata.core.error.CycleDetectedException;
import dev.strata.core.error.DuplicateRevisionException;
import dev.strata.core.error.UnknownRevisionException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Checks a collection of revisions and puts them in topological order (Kahn's algorithm, ready revisions
 * taken in id order, so the order is the same whatever order the files were read in). No recursion: a
 * 10,000-long chain is as easy as a 10,000-wide fan.
 */
final class GraphBuilder {
    private static final Set<String> KEYWORDS = Set.of("head", "heads", "base");

    private GraphBuilder() {
    }

    /** The revisions, parents (and dependencies) before children; throws on duplicates, unknown ids and cycles. */
    static Revision[] topologicalOrder(Collection<Revision> revisions) {
        Revision[] input = revisions.toArray(new Revision[0]);
        int n = input.length;
        Map<String, Integer> index = new HashMap<>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) {
            if (input[i] == null) {
                throw new BadInputException("a revision in the graph is null", null);
            }
            String id = input[i].id();
            checkName(id, "revision id");
            Integer earlier = index.putIfAbsent(id, i);
            if (earlier != null) {
                throw new DuplicateRevisionException("revision " + id + " is defined twice",
                        "give one of the two migrations a new revision id");
            }
        }
        checkLabels(input, index);
        int[][] needs = needs(input, index);
        int[][] neededBy = invert(needs);

        int[] waiting = new int[n];
        PriorityQueue<Integer> ready = new PriorityQueue<>(n + 1, (a, b) -> input[a].id().compareTo(input[b].id()));
        for (int i = 0; i < n; i++) {
            waiting[i] = needs[i].length;
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        Revision[] order = new Revision[n];
        int placed = 0;
        while (!ready.isEmpty()) {
            int r = ready.poll();
            order[placed++] = input[r];
            for (int child : neededBy[r]) {
                if (--waiting[child] == 0) {
                    ready.add(child);
                }
            }
        }
        if (placed < n) {
            throw cycle(input, needs, waiting);
        }
        return order;
    }

    /**
     * For each revision, the distinct revisions it needs: its parents (revises) first, then its dependencies.
     * Throws UnknownRevisionException naming both revisions when one is not in the graph.
     */
    static int[][] needs(Revision[] revisions, Map<String, Integer> index) {
        int n = revisions.length;
        int[][] needs = new int[n][];
        int[] seenBy = new int[n];       // seenBy[x] == i + 1: revision i already lists x
        for (int i = 0; i < n; i++) {
            Revision r = revisions[i];
            int[] list = new int[r.revises().size() + r.dependsOn().size()];
            int count = 0;
            for (String parent : r.revises()) {
                Integer p = index.get(parent);
                if (p == null) {
                    throw new UnknownRevisionException("revision " + r.id() + " revises " + parent + ", which is not in the migrations",
                            "restore the migration " + parent + ", or correct `revises` in " + r.id());
                }
                if (seenBy[p] != i + 1) {
                    seenBy[p] = i + 1;
                    list[count++] = p;
                }
            }
            for (String dependency : r.dependsOn()) {
                Integer d = index.get(dependency);
                if (d == null) {
                    throw new UnknownRevisionException("revision " + r.id() + " depends on " + dependency + ", which is not in the migrations",
                            "restore the migration " + dependency + ", or correct `depends-on` in " + r.id());
                }
                if (seenBy[d] != i + 1) {
                    seenBy[d] = i + 1;
                    list[count++] = d;
                }
            }
            needs[i] = count == list.length ? list : Arrays.copyOf(list, count);
        }
        return needs;
    }

    /** The reverse adjacency: for each x, the revisions whose list names x, in ascending order. */
    static int[][] invert(int[][] lists) {
        int n = lists.length;
        int[] counts = new int[n];
        for (int[] list : lists) {
            for (int x : list) {
                counts[x]++;
            }
        }
        int[][] inverse = new int[n][];
        for (int x = 0; x < n; x++) {
            inverse[x] = new int[counts[x]];
            counts[x] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int x : lists[i]) {
                inverse[x][counts[x]++] = i;
            }
        }
        return inverse;
    }

    private static void checkName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("a " + what + " is empty", "give every migration a " + what);
        }
        if (KEYWORDS.contains(name)) {
            throw new BadInputException(what + " " + name + " is reserved", "head, heads and base are target keywords; choose another " + what);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '@' || c == ':' || Character.isWhitespace(c)) {
                throw new BadInputException(what + " '" + name + "' contains '" + c + "'",
                        "a " + what + " may not contain '@', ':' or spaces, which targets and ranges use; rename it");
            }
        }
    }

    private static void checkLabels(Revision[] revisions, Map<String, Integer> index) {
        Map<String, String> owner = new HashMap<>();
        for (Revision r : revisions) {
            for (String label : r.branchLabels()) {
                checkName(label, "branch label");
                if (index.containsKey(label)) {
                    throw new BadInputException("branch label " + label + " of revision " + r.id() + " is also a revision id",
                            "rename the label, so that " + label + " means one thing");
                }
                String other = owner.putIfAbsent(label, r.id());
                if (other != null) {
                    String first = other.compareTo(r.id()) < 0 ? other : r.id();
                    String second = first.equals(other) ? r.id() : other;
                    throw new BadInputException("branch label " + label + " is on two revisions: " + first + ", " + second,
                            "keep the label on the revision that starts the branch");
                }
            }
        }
    }

    /**
     * Every revision Kahn's algorithm could not place waits on another unplaced one, so walking from one of
     * them along unplaced needs must come back to a revision already seen: that loop is a cycle.
     */
    private static CycleDetectedException cycle(Revision[] input, int[][] needs, int[] waiting) {
        int start = -1;
        for (int i = 0; i < input.length; i++) {
            if (waiting[i] > 0 && (start < 0 || input[i].id().compareTo(input[start].id()) < 0)) {
                start = i;
            }
        }
        int[] seenAt = new int[input.length];
        Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        int v = start;
        while (seenAt[v] < 0) {
            seenAt[v] = path.size();
            path.add(v);
            int next = -1;
            for (int p : needs[v]) {
                if (waiting[p] > 0 && (next < 0 || input[p].id().compareTo(input[next].id()) < 0)) {
                    next = p;
                }
            }
            v = next;
        }
        List<Integer> loop = new ArrayList<>(path.subList(seenAt[v], path.size()));
        int smallest = 0;
        for (int k = 1; k < loop.size(); k++) {
            if (input[loop.get(k)].id().compareTo(input[loop.get(smallest)].id()) < 0) {
                smallest = k;
            }
        }
        Collections.rotate(loop, -smallest);

        String hint = "correct `revises` or `depends-on` in one of these migrations, so that history runs one way";
        if (loop.size() == 1) {
            Revision r = input[loop.get(0)];
            return new CycleDetectedException("revision " + r.id() + " " + relation(r, r.id()) + " itself", hint);
        }
        StringBuilder message = new StringBuilder("the revisions form a cycle: ");
        int shown = Math.min(loop.size(), 10);
        for (int k = 0; k < shown; k++) {
            Revision from = input[loop.get(k)];
            String to = input[loop.get((k + 1) % loop.size())].id();
            message.append(k == 0 ? "" : ", ").append(from.id()).append(' ').append(relation(from, to)).append(' ').append(to);
        }
        if (shown < loop.size()) {
            message.append(", and ").append(loop.size() - shown).append(" more (").append(loop.size()).append(" revisions in all)");
        }
        return new CycleDetectedException(message.toString(), hint);
    }

    private static String relation(Revision from, String to) {
        return from.revises().contains(to) ? "revises" : "depends on";
    }
}
