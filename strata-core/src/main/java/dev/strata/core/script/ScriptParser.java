package dev.strata.core.script;

import dev.strata.core.error.MalformedMigrationException;
import dev.strata.core.graph.Revision;

import java.nio.file.Path;

/**
 * Parses the contract's migration file format:
 *
 * <pre>
 * -- strata:revision a1b2c3d4e5f6
 * -- strata:revises 0f9e8d7c6b5a          (or base; several ids for a merge)
 * -- strata:message add user preferences  (optional, like the fields below)
 * -- strata:depends-on 112233445566
 * -- strata:branch-labels billing
 * -- strata:transactional false
 * -- strata:lock-timeout 5s
 * -- strata:statement-timeout 30s
 *
 * -- strata:upgrade
 * ALTER TABLE users ADD COLUMN org_id uuid;
 *
 * -- strata:downgrade                     (or: -- strata:downgrade irreversible)
 * ALTER TABLE users DROP COLUMN org_id;
 * </pre>
 *
 * The header is every line before {@code -- strata:upgrade}: fields, blank lines and comments. Below it,
 * the only {@code strata:} lines are {@code -- strata:downgrade}, lint suppressions
 * ({@code -- strata:allow …}), backfills and, in the upgrade section, {@code -- strata:expand} (all left in the
 * section text). The parser reads lines and knows no SQL; the
 * sections are split into statements later, by flavor. Every error names the file and line.
 */
public final class ScriptParser {
    private ScriptParser() {
    }

    /** Throws MalformedMigrationException naming the file and line. */
    public static MigrationScript parse(Path file, String content) {
        return parse(file, content, null);
    }

    /** As {@link #parse(Path, String)}, with the file's bytes (content's exact UTF-8) when at hand: checksummed as they are when they can be. */
    static MigrationScript parse(Path file, String content, byte[] utf8) {
        boolean bom = content.startsWith("\uFEFF");
        String text = bom ? content.substring(1) : content;
        return new Parse(file, file == null ? "<input>" : file.toString(), text, bom ? null : utf8).run();
    }

    /** The name of the {@code -- strata:name} directive on a trimmed line, or null when it holds none. */
    static String directiveName(String trimmedLine) {
        Directive directive = Directive.of(trimmedLine);
        return directive == null ? null : directive.name();
    }

    static MalformedMigrationException malformed(String file, int line, String what, String hint) {
        return new MalformedMigrationException(file + ":" + line + ": " + what, hint);
    }

    /** One parse: a walk over the lines, header first, then the sections. */
    private static final class Parse {
        private enum Phase { HEADER, UPGRADE, DOWNGRADE }

        private final Path path;
        private final String file;
        private final String text;
        private final ScriptHeader header;
        /** text's UTF-8 encoding, or null */
        private final byte[] utf8;

        private Phase phase = Phase.HEADER;
        private int line;
        /** In the header: the line where an open block comment started, or 0. */
        private int openComment;
        /** In the header: the first line holding something other than fields and comments, or 0. */
        private int strayLine;
        private int upgradeLine;
        private int upgradeStart;
        private int upgradeEnd;
        private int downgradeLine;
        private int downgradeStart;
        private boolean irreversible;

        Parse(Path path, String file, String text, byte[] utf8) {
            this.path = path;
            this.file = file;
            this.text = text;
            this.utf8 = utf8;
            this.header = new ScriptHeader(file);
        }

        MigrationScript run() {
            int start = 0;
            int length = text.length();
            boolean lfOnly = text.indexOf('\r') < 0;
            while (start < length) {
                int end = lineEnd(start, lfOnly);
                int next = end == length ? end : end + (text.startsWith("\r\n", end) ? 2 : 1);
                line++;
                line(text.substring(start, end).strip(), start, next);
                start = next;
            }
            return finish(Math.max(line, 1));
        }

        /** Where the line from start ends: at the next LF (CR and CRLF too unless lfOnly), or at the end of the text. */
        private int lineEnd(int start, boolean lfOnly) {
            if (lfOnly) {
                int lf = text.indexOf('\n', start);
                return lf < 0 ? text.length() : lf;
            }
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            return end;
        }

        private void line(String trimmed, int start, int next) {
            if (phase == Phase.HEADER && openComment > 0) {
                int close = trimmed.indexOf("*/");
                if (close >= 0) {
                    openComment = 0;
                    headerText(trimmed.substring(close + 2).strip());
                }
                return;
            }
            Directive directive = Directive.of(trimmed);
            if (directive == null) {
                if (phase == Phase.HEADER) {
                    headerText(trimmed);
                } else if (irreversible && !trimmed.isEmpty() && !trimmed.startsWith("--")) {
                    throw malformed(file, line, "text after -- strata:downgrade irreversible",
                            "remove it, or drop `irreversible` to make it the downgrade");
                }
                return;
            }
            switch (directive.name()) {
                case "upgrade" -> upgrade(directive, next);
                case "downgrade" -> downgrade(directive, start, next);
                case ExpandDirective.NAME -> {
                    // the expand half of an expand/contract change: read by ExpandDirective, from the upgrade section
                    if (phase != Phase.UPGRADE) {
                        throw malformed(file, line, "-- strata:expand outside the upgrade section",
                                "put it in the upgrade section, alone; the downgrade section says how to undo the change once completed");
                    }
                }
                case "allow", "backfill" -> {
                    // section directives, left in the section text: lint suppressions, and batched backfills
                    if (phase == Phase.HEADER) {
                        throw malformed(file, line, "-- strata:" + directive.name() + " in the header",
                                "put it in the upgrade section, on the line before the statement it applies to");
                    }
                }
                default -> {
                    if (phase == Phase.HEADER) {
                        header.accept(directive.name(), directive.value(), line);
                    } else if (ScriptHeader.isField(directive.name())) {
                        throw malformed(file, line, "header field strata:" + directive.name() + " after -- strata:upgrade",
                                "move it above -- strata:upgrade (line " + upgradeLine + ")");
                    } else {
                        throw malformed(file, line, "unknown strata:" + directive.name() + " line in a section",
                                ScriptHeader.unknownHint(directive.name()));
                    }
                }
            }
        }

        /** A header line that is not a field: blank, a comment, or stray text. */
        private void headerText(String trimmed) {
            String rest = trimmed;
            while (rest.startsWith("/*")) {
                int close = rest.indexOf("*/", 2);
                if (close < 0) {
                    openComment = line;
                    return;
                }
                rest = rest.substring(close + 2).strip();
            }
            if (!rest.isEmpty() && !rest.startsWith("--") && strayLine == 0) {
                strayLine = line;
            }
        }

        private void upgrade(Directive directive, int next) {
            if (phase != Phase.HEADER) {
                throw malformed(file, line, "a second -- strata:upgrade (the first is on line " + upgradeLine + ")",
                        "a file holds one upgrade section; merge the two");
            }
            if (!directive.value().isEmpty()) {
                throw malformed(file, line, "unexpected text after -- strata:upgrade: " + directive.value(),
                        "put statements on the lines below the marker");
            }
            header.revision();
            if (strayLine > 0) {
                throw malformed(file, strayLine, "SQL before -- strata:upgrade",
                        "the header holds only strata: fields and comments; move statements below -- strata:upgrade");
            }
            phase = Phase.UPGRADE;
            upgradeLine = line;
            upgradeStart = next;
        }

        private void downgrade(Directive directive, int start, int next) {
            if (phase == Phase.HEADER) {
                throw malformed(file, line, "-- strata:downgrade before -- strata:upgrade",
                        "write the upgrade section first, then the downgrade section");
            }
            if (phase == Phase.DOWNGRADE) {
                throw malformed(file, line, "a second -- strata:downgrade (the first is on line " + downgradeLine + ")",
                        "a file holds one downgrade section; merge the two");
            }
            if (directive.value().equals("irreversible")) {
                irreversible = true;
            } else if (!directive.value().isEmpty()) {
                throw malformed(file, line, "unexpected text after -- strata:downgrade: " + directive.value(),
                        "write `-- strata:downgrade` and the statements below it, or `-- strata:downgrade irreversible`");
            }
            phase = Phase.DOWNGRADE;
            upgradeEnd = start;
            downgradeLine = line;
            downgradeStart = next;
        }

        private MigrationScript finish(int lastLine) {
            if (phase == Phase.HEADER && openComment > 0) {
                throw malformed(file, openComment, "unterminated block comment in the header", "close it with */");
            }
            if (phase == Phase.HEADER) {
                header.revision();
                throw malformed(file, lastLine, "no -- strata:upgrade line",
                        "add `-- strata:upgrade` after the header, with the upgrade statements below it");
            }
            if (phase == Phase.UPGRADE) {
                throw malformed(file, lastLine, "no -- strata:downgrade line",
                        "add `-- strata:downgrade` with statements that undo the upgrade, or `-- strata:downgrade irreversible`");
            }
            Revision revision = header.revision();
            Section upgrade = new Section(text.substring(upgradeStart, upgradeEnd), upgradeLine + 1);
            Section downgrade = irreversible ? null : new Section(text.substring(downgradeStart), downgradeLine + 1);
            return new MigrationScript(path, revision, header.transactional(), upgrade, downgrade,
                    utf8 != null ? Checksum.of(text, utf8) : Checksum.of(text), header.settings());
        }
    }

    /** A {@code -- strata:name value} line. */
    private record Directive(String name, String value) {
        /** The directive on a trimmed line, or null when the line is something else. */
        static Directive of(String trimmed) {
            if (!trimmed.startsWith("--")) {
                return null;
            }
            int i = 2;
            while (i < trimmed.length() && (trimmed.charAt(i) == ' ' || trimmed.charAt(i) == '\t')) {
                i++;
            }
            if (!trimmed.startsWith("strata:", i)) {
                return null;
            }
            int nameStart = i + "strata:".length();
            int nameEnd = nameStart;
            while (nameEnd < trimmed.length() && !Character.isWhitespace(trimmed.charAt(nameEnd))) {
                nameEnd++;
            }
            return new Directive(trimmed.substring(nameStart, nameEnd), trimmed.substring(nameEnd).strip());
        }
    }
}
