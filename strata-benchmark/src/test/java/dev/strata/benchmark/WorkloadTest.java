package dev.strata.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadTest {

    @Test
    void firstMigrationHasNoForeignKeyAndLaterOnesPointBack() {
        assertThat(Workload.upgradeSql(1)).contains("CREATE TABLE m1 (").doesNotContain("REFERENCES");
        assertThat(Workload.upgradeSql(7))
                .contains("prev_id bigint REFERENCES m6 (id)")
                .contains("CREATE INDEX m7_prev_id_idx ON m7 (prev_id);");
    }

    @Test
    void strataFilesChainTheirRevisionsFromBase() {
        assertThat(Workload.revision(1)).isEqualTo("000000000001");
        assertThat(Workload.revision(255)).isEqualTo("0000000000ff");
        assertThat(Workload.strataFileName(255)).isEqualTo("0000000000ff_m255.sql");
        assertThat(Workload.strataFile(1)).startsWith("""
                -- strata:revision 000000000001
                -- strata:revises base
                -- strata:message m1

                -- strata:upgrade
                CREATE TABLE m1 (""");
        assertThat(Workload.strataFile(16))
                .contains("-- strata:revises 00000000000f\n")
                .endsWith("-- strata:downgrade\nDROP TABLE m16;\n");
    }

    @Test
    void everyLayoutHoldsTheSameSqlForEveryMigration(@TempDir Path root) throws IOException {
        WorkloadWriter.write(root, 12);

        assertThat(count(root.resolve("strata"))).isEqualTo(12);
        assertThat(count(root.resolve("flyway"))).isEqualTo(12);
        assertThat(count(root.resolve("liquibase"))).isEqualTo(13);
        assertThat(count(root.resolve("floor/migrations"))).isEqualTo(12);
        String sql = Workload.upgradeSql(12);
        assertThat(Files.readString(root.resolve("flyway/V12__m12.sql"))).isEqualTo(sql);
        assertThat(Files.readString(root.resolve("liquibase/m12.sql"))).isEqualTo(sql);
        assertThat(Files.readString(root.resolve("floor/migrations/m12.sql"))).isEqualTo(sql);
        assertThat(Files.readString(root.resolve("strata/00000000000c_m12.sql"))).contains(sql);
        assertThat(Files.readString(root.resolve("floor/all.sql"))).contains(Workload.upgradeSql(1)).endsWith(sql);
        String changelog = Files.readString(root.resolve("liquibase/changelog.xml"));
        assertThat(changelog.split("<changeSet ", -1)).hasSize(13);
        assertThat(changelog).contains("<sqlFile path=\"m12.sql\" relativeToChangelogFile=\"true\"/>")
                .endsWith("</databaseChangeLog>\n");
        String formatted = Files.readString(root.resolve("liquibase-sql/changelog.sql"));
        assertThat(formatted).startsWith("--liquibase formatted sql\n")
                .contains("\n--changeset bench:12\n" + sql + "--rollback DROP TABLE m12;\n");
        assertThat(formatted.split("--changeset ", -1)).hasSize(13);
    }

    @Test
    void urlsRenderForStrataAndJdbc() {
        DbUrl url = DbUrl.parse("postgresql://postgres@127.0.0.1:5432/postgres").withDatabase("sbench_x");
        assertThat(url.strataUrl()).isEqualTo("postgresql://postgres@127.0.0.1:5432/sbench_x");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/sbench_x");
        assertThat(DbUrl.parse("postgresql://me:s%40cret@db").password()).isEqualTo("s@cret");
        assertThat(DbUrl.parse("postgresql://me:secret@db:6543/x")).hasToString("postgresql://me:***@db:6543/x");
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
