package dev.strata.core.script;

import dev.strata.core.graph.Revision;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptWriterTest {

    @Test
    void newRevisionIdsAreTwelveLowercaseHexDigits() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = ScriptWriter.newRevisionId();
            assertThat(id).matches("[0-9a-f]{12}");
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void fileNames() {
        assertThat(ScriptWriter.fileName(new Revision("a1b2c3d4e5f6", List.of(), List.of(), Set.of(), "Add user preferences!")))
                .isEqualTo("a1b2c3d4e5f6_add_user_preferences.sql");
        assertThat(ScriptWriter.fileName(Revision.rev("abc"))).isEqualTo("abc.sql");
        assertThat(ScriptWriter.slug("  --Crème brûlée: v2.0 -- ")).isEqualTo("cr_me_br_l_e_v2_0");
        assertThat(ScriptWriter.slug("!!!")).isEmpty();
        assertThat(ScriptWriter.slug("a".repeat(39) + " b")).isEqualTo("a".repeat(39));
        assertThat(ScriptWriter.slug("x".repeat(100))).hasSize(40);
        assertThat(ScriptWriter.slug("Rename users.email to users.login and backfill")).isEqualTo("rename_users_email_to_users_login_and_ba");
    }

    @Test
    void rendersTheContractFormat() {
        Revision revision = new Revision("a1b2c3d4e5f6", List.of("0f9e8d7c6b5a"), List.of("112233445566"), Set.of("billing"),
                "add user preferences");
        assertThat(ScriptWriter.render(revision, false, "ALTER TABLE users ADD COLUMN org_id uuid;",
                "ALTER TABLE users DROP COLUMN org_id;")).isEqualTo("""
                -- strata:revision a1b2c3d4e5f6
                -- strata:revises 0f9e8d7c6b5a
                -- strata:message add user preferences
                -- strata:depends-on 112233445566
                -- strata:branch-labels billing
                -- strata:transactional false

                -- strata:upgrade
                ALTER TABLE users ADD COLUMN org_id uuid;

                -- strata:downgrade
                ALTER TABLE users DROP COLUMN org_id;
                """);
        assertThat(ScriptWriter.render(Revision.rev("r1"), true, "", null)).isEqualTo("""
                -- strata:revision r1
                -- strata:revises base

                -- strata:upgrade

                -- strata:downgrade irreversible
                """);
    }

    @Test
    void roundTrips() {
        List<Revision> revisions = List.of(
                Revision.rev("r1"),
                Revision.rev("merge1", "a", "b", "c"),
                new Revision(ScriptWriter.newRevisionId(), List.of("p"), List.of("d1", "d2"), Set.of("x", "y", "z"), "  a message:\nwith; 'quotes'  "));
        for (Revision revision : revisions) {
            for (boolean transactional : new boolean[]{true, false}) {
                Map<String, String> settings = Map.of("lock-timeout", "5s", "statement-timeout", "30s");
                String content = ScriptWriter.render(revision, transactional, settings,
                        "-- strata:allow pg-x reason\nCREATE INDEX CONCURRENTLY i ON t (a);\r\n", "DROP INDEX i;");
                MigrationScript script = ScriptParser.parse(Path.of(ScriptWriter.fileName(revision)), content);
                Revision expected = new Revision(revision.id(), revision.revises(), revision.dependsOn(), revision.branchLabels(),
                        revision.message().replace('\n', ' ').strip());
                assertThat(script.revision()).isEqualTo(expected);
                assertThat(script.transactional()).isEqualTo(transactional);
                assertThat(script.settings()).isEqualTo(settings);
                assertThat(script.upgradeStatements(SqlFlavor.POSTGRES)).extracting(SqlStatement::sql)
                        .containsExactly("CREATE INDEX CONCURRENTLY i ON t (a)");
                assertThat(script.downgradeStatements(SqlFlavor.POSTGRES)).extracting(SqlStatement::sql).containsExactly("DROP INDEX i");
                assertThat(script.checksum()).isEqualTo(Checksum.of(content));
            }
        }
        MigrationScript irreversible = ScriptParser.parse(Path.of("x.sql"), ScriptWriter.render(Revision.rev("r9", "r8"), true, "DROP TABLE t;", null));
        assertThat(irreversible.irreversible()).isTrue();
        assertThat(irreversible.revision()).isEqualTo(Revision.rev("r9", "r8"));
    }

    @Test
    void bodiesAreStrippedWithLfLineBreaks() {
        assertThat(ScriptWriter.render(Revision.rev("r1"), true, "\n\n  SELECT 1;\r\nSELECT\r2;  \n\n", "\r\n"))
                .endsWith("-- strata:upgrade\nSELECT 1;\nSELECT\n2;\n\n-- strata:downgrade\n");
    }

    @Test
    void refusesWhatWouldNotParseBack() {
        assertThatThrownBy(() -> ScriptWriter.render(Revision.rev("a b"), true, "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a b'");
        assertThatThrownBy(() -> ScriptWriter.render(Revision.rev("r", "base"), true, "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved");
        assertThatThrownBy(() -> ScriptWriter.render(Revision.rev("r"), true, Map.of("lock_timeout", "1s"), "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown setting lock_timeout");
        assertThatThrownBy(() -> ScriptWriter.render(Revision.rev("r"), true, Map.of("lock-timeout", "1 s"), "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one value");
        assertThatThrownBy(() -> ScriptWriter.render(Revision.rev("r"), true, "SELECT 1;\n  -- strata:downgrade\n", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-- strata:downgrade");
    }
}
