package dev.strata.core.graph;

import dev.strata.core.error.AmbiguousRevisionException;
import dev.strata.core.error.BadInputException;
import dev.strata.core.error.MultipleHeadsException;
import dev.strata.core.error.UnknownRevisionException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The target grammar of upgrade, downgrade and stamp, and the range grammar of history and lint.
 *
 * <pre>
 * target  = "head" | "heads" | "base" | ref | NAME "@head" | NAME "@base" | ("+"|"-") N | anchor ("+"|"-") N
 * anchor  = "head" | NAME "@head" | ref
 * ref     = revision id | branch label | unique id prefix of 4+ characters
 * range   = target | [bound] ":" [bound]
 * </pre>
 *
 * An exact revision id or branch label always wins, so an id such as {@code add-users-2} is never read as a
 * step. {@code NAME@head} takes a branch label or a revision; steps follow {@code revises} only.
 */
final class Targets {
    /** What the target is for; only changes the hint of an error. */
    enum Purpose { UPGRADE, DOWNGRADE, STAMP, RANGE }

    sealed interface Target permits Head, Heads, Base, Ref, BranchHead, BranchBase, Relative, Anchored {
    }

    record Head() implements Target {
    }

    record Heads() implements Target {
    }

    record Base() implements Target {
    }

    record Ref(int key) implements Target {
    }

    /** {@code NAME@head}; key is the named revision. */
    record BranchHead(String name, int key) implements Target {
    }

    /** {@code NAME@base}; key is the named revision. */
    record BranchBase(String name, int key) implements Target {
    }

    /** {@code +N} or {@code -N}, relative to the database's version rows. */
    record Relative(int delta) implements Target {
    }

    /** {@code ANCHOR+N} or {@code ANCHOR-N}; the anchor is a Head, a BranchHead or a Ref. */
    record Anchored(Target anchor, int delta) implements Target {
    }

    /** A step below a root: no revision. */
    static final int BASE = -1;

    private static final Pattern STEP = Pattern.compile("(.*?)([+-])(\\d+)");
    private static final String GRAMMAR = "a target is `head`, `heads`, `base`, a revision, `LABEL@head`, `+N`, `-N`, `REV+N` or `head-N`";

    private final RevisionGraph graph;

    Targets(RevisionGraph graph) {
        this.graph = graph;
    }

    Target parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("no target given", GRAMMAR);
        }
        switch (text) {
            case "head":
                return new Head();
            case "heads":
                return new Heads();
            case "base":
                return new Base();
            default:
                break;
        }
        if (graph.isIdOrLabel(text)) {
            return new Ref(graph.resolveKey(text));
        }
        Matcher step = STEP.matcher(text);
        if (step.matches()) {
            int delta = ("+".equals(step.group(2)) ? 1 : -1) * count(step.group(3), text);
            String anchor = step.group(1);
            return anchor.isEmpty() ? new Relative(delta) : anchored(anchor, delta, text);
        }
        if (text.endsWith("@head")) {
            String name = text.substring(0, text.length() - "@head".length());
            return new BranchHead(name, named(name, text));
        }
        if (text.endsWith("@base")) {
            String name = text.substring(0, text.length() - "@base".length());
            return new BranchBase(name, named(name, text));
        }
        return new Ref(graph.resolveKey(text));
    }

    /** The revisions an absolute target names, in key order; empty for base. Not for Relative or BranchBase. */
    int[] absolute(Target target, String text, Purpose purpose) {
        if (target instanceof Head) {
            int head = singleHead(purpose);
            return head == BASE ? new int[0] : new int[] {head};
        }
        if (target instanceof Heads) {
            return graph.headKeys();
        }
        if (target instanceof Base) {
            return new int[0];
        }
        if (target instanceof Ref ref) {
            return new int[] {ref.key()};
        }
        if (target instanceof BranchHead branch) {
            return new int[] {branchHead(branch)};
        }
        if (target instanceof Anchored anchored) {
            int[] from = absolute(anchored.anchor(), text, purpose);
            if (from.length == 0) {
                throw new BadInputException(text + " has nothing to step from: there are no revisions", GRAMMAR);
            }
            int to = step(from[0], anchored.delta(), text);
            return to == BASE ? new int[0] : new int[] {to};
        }
        throw new IllegalArgumentException(text + " is not an absolute target");
    }

    /** The one head; BASE for an empty graph; MultipleHeadsException when there are several. */
    int singleHead(Purpose purpose) {
        int[] heads = graph.headKeys();
        if (heads.length == 0) {
            return BASE;
        }
        if (heads.length > 1) {
            String hint;
            switch (purpose) {
                case UPGRADE:
                    hint = "upgrade to `heads`, name one head, or join them with `strata merge`";
                    break;
                case STAMP:
                    hint = "stamp `heads`, name one head, or join them with `strata merge`";
                    break;
                default:
                    hint = "name one head, or join them with `strata merge`";
                    break;
            }
            throw new MultipleHeadsException("the migrations have " + heads.length + " heads: " + ids(heads), hint);
        }
        return heads[0];
    }

    /** The one head that has the named revision among its ancestors through {@code revises}. */
    int branchHead(BranchHead branch) {
        boolean[] lineage = graph.lineageMask(branch.key());
        List<String> heads = new ArrayList<>();
        int found = BASE;
        for (int key = 0; key < lineage.length; key++) {
            if (lineage[key] && graph.childrenOf(key).length == 0) {
                heads.add(graph.id(key));
                found = key;
            }
        }
        if (heads.size() > 1) {
            throw new MultipleHeadsException("branch " + branch.name() + " has " + heads.size() + " heads: " + RevisionGraph.list(heads),
                    "name one head, or join them with `strata merge`");
        }
        return found;
    }

    /** Steps |delta| times along {@code revises} from a revision; BASE below a root. */
    int step(int from, int delta, String text) {
        int at = from;
        for (int i = 0; i < Math.abs(delta); i++) {
            if (delta > 0) {
                int[] children = graph.childrenOf(at);
                if (children.length == 0) {
                    throw new BadInputException(text + " goes past a head: " + graph.id(at) + " has no later revision",
                            "`" + graph.id(at) + "` is as far as this branch goes");
                }
                if (children.length > 1) {
                    throw new AmbiguousRevisionException(text + " is ambiguous: " + graph.id(at) + " is a branch point with "
                            + children.length + " children: " + ids(children), "name the revision to go to, e.g. `" + graph.id(children[0]) + "`");
                }
                at = children[0];
            } else {
                if (at == BASE) {
                    throw new BadInputException(text + " goes below base", "use `base` to go all the way down");
                }
                int[] parents = graph.parentsOf(at);
                if (parents.length > 1) {
                    throw new AmbiguousRevisionException(text + " is ambiguous: " + graph.id(at) + " merges "
                            + parents.length + " revisions: " + ids(parents), "name the revision to go to, e.g. `" + graph.id(parents[0]) + "`");
                }
                at = parents.length == 0 ? BASE : parents[0];
            }
        }
        return at;
    }

    /** {@code A:B}, {@code :B}, {@code A:} or a single target; newest first. */
    List<Revision> range(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("no range given", "a range is `A:B`, `:B`, `A:` or a single revision");
        }
        int colon = text.indexOf(':');
        boolean[] selected = new boolean[graph.count()];
        if (colon < 0) {
            for (int key : bound(text)) {
                selected[key] = true;
            }
            return newestFirst(selected);
        }
        if (text.indexOf(':', colon + 1) >= 0) {
            throw new BadInputException("range " + text + " has more than one ':'", "a range is `A:B`, `:B` or `A:`");
        }
        String lower = text.substring(0, colon);
        String upper = text.substring(colon + 1);
        Arrays.fill(selected, true);
        if (!lower.isEmpty() && !"base".equals(lower)) {
            boolean[] after = graph.descendantMask(bound(lower));
            for (int key = 0; key < selected.length; key++) {
                selected[key] &= after[key];
            }
        }
        if (!upper.isEmpty()) {
            boolean[] before = graph.ancestorMask(bound(upper));
            for (int key = 0; key < selected.length; key++) {
                selected[key] &= before[key];
            }
        }
        return newestFirst(selected);
    }

    String ids(int[] keys) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < keys.length && i < 10; i++) {
            names.add(graph.id(keys[i]));
        }
        return RevisionGraph.list(names, keys.length);
    }

    private int[] bound(String text) {
        Target target = parse(text);
        if (target instanceof Relative || target instanceof BranchBase) {
            throw new BadInputException(text + " cannot bound a range",
                    "a range bound is `base`, `head`, `heads`, a revision, `LABEL@head` or an anchored step such as `head-1`");
        }
        return absolute(target, text, Purpose.RANGE);
    }

    private List<Revision> newestFirst(boolean[] selected) {
        List<Revision> out = new ArrayList<>();
        for (int key = selected.length - 1; key >= 0; key--) {
            if (selected[key]) {
                out.add(graph.revision(key));
            }
        }
        return out;
    }

    private Target anchored(String anchor, int delta, String text) {
        if ("head".equals(anchor)) {
            return new Anchored(new Head(), delta);
        }
        if ("heads".equals(anchor) || "base".equals(anchor) || anchor.endsWith("@base")) {
            throw new BadInputException("cannot step from " + anchor + " in " + text, "step from `head`, `LABEL@head` or a revision");
        }
        if (anchor.endsWith("@head")) {
            String name = anchor.substring(0, anchor.length() - "@head".length());
            return new Anchored(new BranchHead(name, named(name, text)), delta);
        }
        try {
            return new Anchored(new Ref(graph.resolveKey(anchor)), delta);
        } catch (UnknownRevisionException unknown) {
            try {
                return new Ref(graph.resolveKey(text));   // a prefix of an id that itself ends in -N or +N
            } catch (UnknownRevisionException alsoUnknown) {
                throw unknown;
            }
        }
    }

    private int named(String name, String text) {
        if (name.isEmpty()) {
            throw new BadInputException(text + " names no branch", "put a branch label or a revision before the '@', e.g. `billing" + text + "`");
        }
        Integer labelled = graph.labelled(name);
        if (labelled != null) {
            return labelled;
        }
        try {
            return graph.resolveKey(name);
        } catch (UnknownRevisionException unknown) {
            throw new UnknownRevisionException("no branch label or revision " + name + " (in " + text + ")",
                    "check the label; `strata history` lists the revisions and their branch labels");
        }
    }

    private static int count(String digits, String text) {
        int n;
        try {
            n = Integer.parseInt(digits);
        } catch (NumberFormatException tooLarge) {
            throw new BadInputException("the step count in " + text + " is too large", GRAMMAR);
        }
        if (n == 0) {
            throw new BadInputException("a step of 0 in " + text + " goes nowhere", "use a count of 1 or more");
        }
        return n;
    }
}
