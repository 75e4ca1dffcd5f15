package dev.strata.core.script;

/** STUB: being written. Renders a new migration file in the contract's format. */
public final class ScriptWriter {
    private ScriptWriter() {
    }
}
