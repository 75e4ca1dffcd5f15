package dev.strata.core.script;

/**
 * The raw text of an upgrade or downgrade section.
 *
 * @param text      the section's text (without its marker line)
 * @param firstLine the 1-based file line of the text's first line
 */
public record Section(String text, int firstLine) {
}
