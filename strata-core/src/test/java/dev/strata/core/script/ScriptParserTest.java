package dev.strata.core.script;

import dev.strata.core.error.MalformedMigrationException;
import dev.strata.core.graph.Revision;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptParserTest {
    private static final Path FILE = Path.of("migrations", "a1b2c3d4e5f6_add_prefs.sql");

    private static final String FULL = """
            -- strata:revision a1b2c3d4e5f6
            -- strata:revises 0f9e8d7c6b5a 112233445566
            -- strata:message add user preferences
            -- strata:depends-on 998877665544
            -- strata:branch-labels billing ops
            -- strata:transactional false
            -- strata:lock-timeout 5s
            -- strata:statement-timeout 30s

            -- strata:upgrade
            ALTER TABLE users ADD COLUMN org_id uuid;
            -- strata:allow pg-set-not-null-scan table is tiny
            ALTER TABLE users ALTER COLUMN org_id SET NOT NULL;

            -- strata:downgrade
            ALTER TABLE users DROP COLUMN org_id;
            """;

    private static MigrationScript parse(String content) {
        return ScriptParser.parse(FILE, content);
    }

    @Test
    void readsEveryField() {
        MigrationScript script = parse(FULL);
        assertThat(script.file()).isEqualTo(FILE);
        assertThat(script.revision()).isEqualTo(new Revision("a1b2c3d4e5f6", List.of("0f9e8d7c6b5a", "112233445566"),
                List.of("998877665544"), Set.of("billing", "ops"), "add user preferences"));
        assertThat(script.transactional()).isFalse();
        assertThat(script.settings()).isEqualTo(Map.of("lock-timeout", "5s", "statement-timeout", "30s"));
        assertThat(script.checksum()).isEqualTo(Checksum.of(FULL));
        assertThat(script.irreversible()).isFalse();
    }

    @Test
    void sectionsKeepTheirTextAndFileLines() {
        MigrationScript script = parse(FULL);
        assertThat(script.upgrade()).isEqualTo(new Section("""
                ALTER TABLE users ADD COLUMN org_id uuid;
                -- strata:allow pg-set-not-null-scan table is tiny
                ALTER TABLE users ALTER COLUMN org_id SET NOT NULL;

                """, 11));
        assertThat(script.downgrade()).isEqualTo(new Section("ALTER TABLE users DROP COLUMN org_id;\n", 16));
        assertThat(script.upgradeStatements(SqlFlavor.POSTGRES)).containsExactly(
                new SqlStatement("ALTER TABLE users ADD COLUMN org_id uuid", 11),
                new SqlStatement("ALTER TABLE users ALTER COLUMN org_id SET NOT NULL", 13));
        assertThat(script.downgradeStatements(SqlFlavor.SQLITE))
                .containsExactly(new SqlStatement("ALTER TABLE users DROP COLUMN org_id", 16));
    }

    @Test
    void minimalRootWithDefaults() {
        MigrationScript script = parse("""
                -- strata:revision r1
                -- strata:revises base
                -- strata:upgrade
                CREATE TABLE t (a int);
                -- strata:downgrade
                DROP TABLE t;""");
        assertThat(script.revision()).isEqualTo(Revision.rev("r1"));
        assertThat(script.transactional()).isTrue();
        assertThat(script.settings()).isEmpty();
        assertThat(script.upgrade()).isEqualTo(new Section("CREATE TABLE t (a int);\n", 4));
        assertThat(script.downgrade()).isEqualTo(new Section("DROP TABLE t;", 6));
    }

    @Test
    void headerAllowsBlankLinesCommentsAndLooseSpacing() {
        MigrationScript script = parse("""
                -- A hand-written note about this migration.
                /* a block
                   comment; -- strata:revision not-a-field */

                --strata:revision   r2\t
                   -- strata:revises\tr1
                -- strata:transactional TRUE
                -- strata:message   spaced   out  message\s\s
                -- strata:upgrade
                -- strata:downgrade
                """);
        assertThat(script.revision()).isEqualTo(new Revision("r2", List.of("r1"), List.of(), Set.of(), "spaced   out  message"));
        assertThat(script.transactional()).isTrue();
        assertThat(script.upgrade()).isEqualTo(new Section("", 10));
        assertThat(script.downgrade()).isEqualTo(new Section("", 11));
    }

    @Test
    void irreversibleDowngrade() {
        MigrationScript script = parse("""
                -- strata:revision r3
                -- strata:revises r2
                -- strata:upgrade
                DROP TABLE t;
                -- strata:downgrade irreversible
                -- the data is gone
                """);
        assertThat(script.irreversible()).isTrue();
        assertThat(script.downgrade()).isNull();
        assertThat(script.upgrade().text()).isEqualTo("DROP TABLE t;\n");
    }

    @Test
    void crlfAndByteOrderMark() {
        String lf = "-- strata:revision r4\n-- strata:revises base\n\n-- strata:upgrade\nSELECT 1;\n-- strata:downgrade\nSELECT 2;\n";
        MigrationScript script = parse("\uFEFF" + lf.replace("\n", "\r\n"));
        assertThat(script.id()).isEqualTo("r4");
        assertThat(script.upgrade()).isEqualTo(new Section("SELECT 1;\r\n", 5));
        assertThat(script.upgradeStatements(SqlFlavor.MARIADB)).containsExactly(new SqlStatement("SELECT 1", 5));
        assertThat(script.downgradeStatements(SqlFlavor.MARIADB)).containsExactly(new SqlStatement("SELECT 2", 7));
        assertThat(script.checksum()).isEqualTo(parse(lf).checksum()).isEqualTo(Checksum.of(lf));
    }

    @Test
    void splitErrorsNameTheFile() {
        MigrationScript script = parse("-- strata:revision r5\n-- strata:revises base\n-- strata:upgrade\n\nSELECT 'x;\n-- strata:downgrade\n");
        assertThatThrownBy(() -> script.upgradeStatements(SqlFlavor.POSTGRES))
                .isInstanceOf(MalformedMigrationException.class)
                .hasMessage(FILE + ":5: unterminated string literal");
    }

    // ---- errors ----

    @Test
    void missingRevision() {
        assertMalformed("-- strata:revises base\n-- strata:upgrade\n-- strata:downgrade\n",
                1, "no -- strata:revision", "strata:revision <id>");
        assertMalformed("CREATE TABLE t (a int);\n", 1, "no -- strata:revision", "strata:revision");
        assertMalformed("", 1, "no -- strata:revision", "strata:revision");
    }

    @Test
    void missingRevises() {
        assertMalformed("-- strata:revision r\n-- strata:upgrade\n-- strata:downgrade\n",
                1, "no -- strata:revises", "`-- strata:revises base` for a root");
    }

    @Test
    void unknownFieldNamesTheKnownOnes() {
        MalformedMigrationException e = assertMalformed("-- strata:revision r\n-- strata:revison r\n", 2,
                "unknown header field strata:revison", "did you mean strata:revision?");
        assertThat(e.hint()).contains("revises", "message", "depends-on", "branch-labels", "transactional",
                "lock-timeout", "statement-timeout");
        assertMalformed("-- strata:revision r\n-- strata:upgarde\n", 2, "unknown header field strata:upgarde",
                "did you mean strata:upgrade?");
        assertThat(assertMalformed("-- strata:frobnicate 1\n", 1, "strata:frobnicate", "known fields").hint())
                .doesNotContain("did you mean");
    }

    @Test
    void fieldGivenTwice() {
        assertMalformed("-- strata:revision r\n-- strata:revises base\n-- strata:revision s\n", 3,
                "strata:revision is given twice (first on line 1)", "keep one");
        assertMalformed("-- strata:revision r\n-- strata:message a\n-- strata:message b\n", 3,
                "strata:message is given twice", "keep one");
    }

    @Test
    void badTransactionalValue() {
        assertMalformed("-- strata:revision r\n-- strata:transactional no\n", 2,
                "strata:transactional must be true or false, not 'no'", "transactional false");
    }

    @Test
    void badRevisionIds() {
        assertMalformed("-- strata:revision a.b\n", 1, "revision id 'a.b' may hold only letters, digits, _ and -", "letters");
        assertMalformed("-- strata:revision " + "a".repeat(65) + "\n", 1, "is 65 characters long, more than 64", "64");
        assertMalformed("-- strata:revision a b\n", 1, "revision id 'a b'", "letters");
        assertMalformed("-- strata:revision\n", 1, "strata:revision has no value", "strata:revision <id>");
        assertMalformed("-- strata:revision base\n", 1, "revision id 'base' is a reserved word", "not base");
        assertMalformed("-- strata:revision r\n-- strata:revises a;b\n", 2, "revision id 'a;b' in strata:revises", "spaces");
        assertMalformed("-- strata:revision r\n-- strata:revises a a\n", 2, "strata:revises lists 'a' twice", "once");
        assertMalformed("-- strata:revision r\n-- strata:revises base a\n", 2, "mixes base with revision ids", "root");
        assertMalformed("-- strata:revision r\n-- strata:depends-on x/y\n", 2, "'x/y' in strata:depends-on", "spaces");
        assertMalformed("-- strata:revision r\n-- strata:branch-labels a@b\n", 2, "branch label 'a@b'", "spaces");
        assertMalformed("-- strata:revision r\n-- strata:depends-on\n", 2, "strata:depends-on has no value", "remove the line");
        assertThat(parse("-- strata:revision " + "a".repeat(64) + "\n-- strata:revises base\n-- strata:upgrade\n-- strata:downgrade\n").id())
                .hasSize(64);
    }

    @Test
    void badSettings() {
        assertMalformed("-- strata:revision r\n-- strata:lock-timeout\n", 2, "strata:lock-timeout needs one value", "5s");
        assertMalformed("-- strata:revision r\n-- strata:statement-timeout 5 s\n", 2, "needs one value, got '5 s'", "5s");
    }

    @Test
    void missingUpgrade() {
        assertMalformed("-- strata:revision r\n-- strata:revises base\n\nCREATE TABLE t (a int);\n", 4,
                "no -- strata:upgrade line", "add `-- strata:upgrade`");
    }

    @Test
    void sqlInTheHeader() {
        assertMalformed("-- strata:revision r\n-- strata:revises base\nCREATE TABLE t (a int);\n-- strata:upgrade\n-- strata:downgrade\n",
                3, "SQL before -- strata:upgrade", "move statements below -- strata:upgrade");
        assertMalformed("-- strata:revision r\n-- strata:revises base\n/* x */ SELECT 1;\n-- strata:upgrade\n-- strata:downgrade\n",
                3, "SQL before -- strata:upgrade", "below");
    }

    @Test
    void unterminatedHeaderComment() {
        assertMalformed("-- strata:revision r\n-- strata:revises base\n/* open\n-- strata:upgrade\n-- strata:downgrade\n",
                3, "unterminated block comment in the header", "*/");
    }

    @Test
    void missingDowngrade() {
        assertMalformed("-- strata:revision r\n-- strata:revises base\n-- strata:upgrade\nSELECT 1;\n", 4,
                "no -- strata:downgrade line", "`-- strata:downgrade irreversible`");
    }

    @Test
    void sectionsOutOfOrderOrTwice() {
        String head = "-- strata:revision r\n-- strata:revises base\n";
        assertMalformed(head + "-- strata:downgrade\n-- strata:upgrade\n", 3, "-- strata:downgrade before -- strata:upgrade", "upgrade section first");
        assertMalformed(head + "-- strata:upgrade\n-- strata:upgrade\n", 4, "a second -- strata:upgrade (the first is on line 3)", "one upgrade section");
        assertMalformed(head + "-- strata:upgrade\n-- strata:downgrade\n-- strata:downgrade\n", 5, "a second -- strata:downgrade (the first is on line 4)", "one downgrade");
        assertMalformed(head + "-- strata:upgrade\n-- strata:downgrade\n-- strata:upgrade\n", 5, "a second -- strata:upgrade", "one upgrade");
        assertMalformed(head + "-- strata:upgrade now\n", 3, "unexpected text after -- strata:upgrade: now", "below");
        assertMalformed(head + "-- strata:upgrade\n-- strata:downgrade never\n", 4, "unexpected text after -- strata:downgrade: never", "irreversible");
    }

    @Test
    void headerLinesAfterTheUpgradeMarker() {
        String head = "-- strata:revision r\n-- strata:revises base\n-- strata:upgrade\nSELECT 1;\n";
        assertMalformed(head + "-- strata:transactional false\n-- strata:downgrade\n", 5,
                "header field strata:transactional after -- strata:upgrade", "move it above -- strata:upgrade (line 3)");
        assertMalformed(head + "-- strata:downgrade\n  -- strata:message late\n", 6, "header field strata:message", "above");
        assertMalformed(head + "-- strata:downgarde\n", 5, "unknown strata:downgarde line in a section", "did you mean strata:downgrade?");
    }

    @Test
    void allowLinesBelongToSections() {
        MigrationScript script = parse("-- strata:revision r\n-- strata:revises base\n-- strata:upgrade\n-- strata:allow x why\nDROP TABLE t;\n"
                + "-- strata:downgrade\n--strata:allow y why\nCREATE TABLE t (a int);\n");
        assertThat(script.upgrade().text()).startsWith("-- strata:allow x why\n");
        assertThat(script.downgrade().text()).startsWith("--strata:allow y why\n");
        assertMalformed("-- strata:revision r\n-- strata:allow x why\n", 2, "-- strata:allow in the header", "line before the statement");
    }

    @Test
    void textAfterAnIrreversibleDowngrade() {
        assertMalformed("-- strata:revision r\n-- strata:revises base\n-- strata:upgrade\n-- strata:downgrade irreversible\n\nDROP TABLE t;\n",
                6, "text after -- strata:downgrade irreversible", "drop `irreversible`");
    }

    @Test
    void ordinaryCommentsAreNoDirectives() {
        MigrationScript script = parse("-- strata:revision r\n-- strata:revises base\n-- upgrade notes: strata:upgrade is below\n"
                + "-- strata:upgrade\nSELECT 1; -- strata:downgrade\n-- strata:downgrade\n");
        assertThat(script.upgrade().text()).isEqualTo("SELECT 1; -- strata:downgrade\n");
    }

    @Test
    void aNullPathStillGivesALocation() {
        assertThatThrownBy(() -> ScriptParser.parse(null, "-- strata:nope\n")).hasMessageStartingWith("<input>:1: ");
    }

    private static MalformedMigrationException assertMalformed(String content, int line, String message, String hint) {
        try {
            parse(content);
        } catch (MalformedMigrationException e) {
            assertThat(e.getMessage()).startsWith(FILE + ":" + line + ": ").contains(message);
            assertThat(e.hint()).contains(hint);
            return e;
        }
        throw new AssertionError("expected a MalformedMigrationException for:\n" + content);
    }
}
