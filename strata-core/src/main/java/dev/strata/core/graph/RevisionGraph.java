package dev.strata.core.graph;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The revision graph: pure, immutable, no files and no database. STUB: signatures are fixed, the body is
 * being written (see the helper's task). Every method is linear in the size of the graph or better.
 */
public final class RevisionGraph {

    /** Builds a graph; throws DuplicateRevisionException, UnknownRevisionException (unknown parent or dependency), CycleDetectedException. */
    public static RevisionGraph of(Revision... revisions) {
        return of(List.of(revisions));
    }

    public static RevisionGraph of(Collection<Revision> revisions) {
        throw new UnsupportedOperationException("stub");
    }

    public int size() { throw new UnsupportedOperationException("stub"); }

    /** Exact id; UnknownRevisionException if absent. */
    public Revision get(String id) { throw new UnsupportedOperationException("stub"); }

    public Optional<Revision> find(String id) { throw new UnsupportedOperationException("stub"); }

    /** A full id, a unique prefix of at least 4 characters, or a branch label (the labelled revision). */
    public Revision resolve(String reference) { throw new UnsupportedOperationException("stub"); }

    /** Every revision, parents before children, deterministic. */
    public List<Revision> revisions() { throw new UnsupportedOperationException("stub"); }

    public Set<String> heads() { throw new UnsupportedOperationException("stub"); }

    public Set<String> bases() { throw new UnsupportedOperationException("stub"); }

    public Set<String> branchPoints() { throw new UnsupportedOperationException("stub"); }

    public Set<String> mergePoints() { throw new UnsupportedOperationException("stub"); }

    /** The revisions whose {@code revises} names id. */
    public Set<String> children(String id) { throw new UnsupportedOperationException("stub"); }

    /** ids and everything they need (revises and depends-on, transitively). */
    public Set<String> ancestors(Collection<String> ids) { throw new UnsupportedOperationException("stub"); }

    /** ids and everything that needs them (revises and depends-on, transitively). */
    public Set<String> descendants(Collection<String> ids) { throw new UnsupportedOperationException("stub"); }

    /** The version-table rows that describe an applied set: its maximal elements. */
    public Set<String> versionRows(Set<String> applied) { throw new UnsupportedOperationException("stub"); }

    /** The applied set that version rows describe; UnknownRevisionException naming the row if one is not in the graph. */
    public Set<String> applied(Set<String> versionRows) { throw new UnsupportedOperationException("stub"); }

    public MigrationPlan planUpgrade(Set<String> versionRows, String target) { throw new UnsupportedOperationException("stub"); }

    public MigrationPlan planDowngrade(Set<String> versionRows, String target) { throw new UnsupportedOperationException("stub"); }

    /** The version rows that {@code stamp target} writes. */
    public Set<String> stampRows(Set<String> versionRows, String target) { throw new UnsupportedOperationException("stub"); }

    /** {@code A:B}, {@code :B}, {@code A:} or a single target; newest first. */
    public List<Revision> range(String range) { throw new UnsupportedOperationException("stub"); }
}
