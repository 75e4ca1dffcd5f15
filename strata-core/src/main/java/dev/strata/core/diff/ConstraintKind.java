package dev.strata.core.diff;

/** The kinds of table constraint, for {@link DiffPolicy#isGeneratedConstraintName}. */
public enum ConstraintKind {
    PRIMARY_KEY, FOREIGN_KEY, UNIQUE, CHECK, EXCLUSION
}
