package dev.strata.core.script;

import dev.strata.core.graph.Revision;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders a new migration file in the contract's format; {@link ScriptParser} reads it back to the same
 * revision, transactional flag and settings.
 */
public final class ScriptWriter {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SLUG_LENGTH = 40;

    private ScriptWriter() {
    }

    /** A fresh revision id: 12 lowercase hex digits from a SecureRandom. */
    public static String newRevisionId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code <id>_<slug>.sql}, or {@code <id>.sql} when the message gives no slug. */
    public static String fileName(Revision revision) {
        String slug = slug(revision.message());
        return slug.isEmpty() ? revision.id() + ".sql" : revision.id() + "_" + slug + ".sql";
    }

    /**
     * The message lowercased, every run of characters other than ASCII letters and digits turned into one
     * {@code _}, without {@code _} at either end, at most 40 characters.
     */
    public static String slug(String message) {
        StringBuilder slug = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < message.length() && slug.length() < SLUG_LENGTH; i++) {
            char c = Character.toLowerCase(message.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && slug.length() > 0) {
                    slug.append('_');
                }
                gap = false;
                slug.append(c);
            } else {
                gap = true;
            }
        }
        if (slug.length() > SLUG_LENGTH) {
            slug.setLength(SLUG_LENGTH);
        }
        int end = slug.length();
        while (end > 0 && slug.charAt(end - 1) == '_') {
            end--;
        }
        return slug.substring(0, end);
    }

    /** A file with no settings; a null downgradeBody renders {@code -- strata:downgrade irreversible}. */
    public static String render(Revision revision, boolean transactional, String upgradeBody, String downgradeBody) {
        return render(revision, transactional, Map.of(), upgradeBody, downgradeBody);
    }

    /**
     * The whole file: header, a blank line, the upgrade section, a blank line, the downgrade section.
     * Optional fields appear only when set; a message is written on one line (its line breaks become spaces).
     *
     * @param settings      {@code lock-timeout} and/or {@code statement-timeout}, by name
     * @param upgradeBody   the upgrade statements; null or empty for none (a merge, say)
     * @param downgradeBody the downgrade statements; null for {@code -- strata:downgrade irreversible}
     * @throws IllegalArgumentException an id the parser would refuse, an unknown setting, or a body with a
     *                                  {@code -- strata:} line other than {@code allow}
     */
    public static String render(Revision revision, boolean transactional, Map<String, String> settings,
                                String upgradeBody, String downgradeBody) {
        StringBuilder out = new StringBuilder();
        out.append("-- strata:revision ").append(checked(revision.id())).append('\n');
        out.append("-- strata:revises ").append(revision.isRoot() ? "base" : ids(revision.revises())).append('\n');
        String message = oneLine(revision.message());
        if (!message.isEmpty()) {
            out.append("-- strata:message ").append(message).append('\n');
        }
        if (!revision.dependsOn().isEmpty()) {
            out.append("-- strata:depends-on ").append(ids(revision.dependsOn())).append('\n');
        }
        if (!revision.branchLabels().isEmpty()) {
            out.append("-- strata:branch-labels ").append(ids(List.copyOf(new TreeSet<>(revision.branchLabels())))).append('\n');
        }
        if (!transactional) {
            out.append("-- strata:transactional false\n");
        }
        for (String name : ScriptHeader.SETTINGS) {
            String value = settings.get(name);
            if (value != null) {
                if (value.isBlank() || value.strip().chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException("setting " + name + " needs one value, got '" + value + "'");
                }
                out.append("-- strata:").append(name).append(' ').append(value.strip()).append('\n');
            }
        }
        for (String name : settings.keySet()) {
            if (!ScriptHeader.SETTINGS.contains(name)) {
                throw new IllegalArgumentException("unknown setting " + name + "; known: " + ScriptHeader.SETTINGS);
            }
        }
        out.append("\n-- strata:upgrade\n");
        body(out, upgradeBody);
        if (downgradeBody == null) {
            out.append("\n-- strata:downgrade irreversible\n");
        } else {
            out.append("\n-- strata:downgrade\n");
            body(out, downgradeBody);
        }
        return out.toString();
    }

    /** The body, stripped, its line breaks made LF; a strata: line other than allow would end the section early. */
    private static void body(StringBuilder out, String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        String text = body.strip();
        int start = 0;
        while (start <= text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            String directive = ScriptParser.directiveName(line.strip());
            if (directive != null && !directive.equals("allow") && !directive.equals("backfill")) {
                throw new IllegalArgumentException("a section cannot hold the line '" + line.strip()
                        + "'; the only strata: lines a section may hold are -- strata:allow and -- strata:backfill lines");
            }
            out.append(line).append('\n');
            start = end + (text.startsWith("\r\n", end) ? 2 : 1);
        }
    }

    private static String ids(List<String> ids) {
        ids.forEach(ScriptWriter::checked);
        return String.join(" ", ids);
    }

    private static String checked(String id) {
        String problem = RevisionIds.problem(id);
        if (problem != null) {
            throw new IllegalArgumentException("revision id or label '" + id + "' " + problem);
        }
        return id;
    }

    private static String oneLine(String message) {
        StringBuilder out = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString().strip();
    }
}
