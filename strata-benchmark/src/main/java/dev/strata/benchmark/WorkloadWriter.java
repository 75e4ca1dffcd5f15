package dev.strata.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the workload for one size into a directory, once per tool in that tool's native layout:
 * <pre>
 * strata/000000000001_m1.sql …        Strata files: header, upgrade and downgrade sections
 * flyway/V1__m1.sql …                 Flyway versioned migrations
 * liquibase/changelog.xml, m1.sql …   one changeset per migration, each an sqlFile
 * liquibase-sql/changelog.sql         one formatted SQL changelog holding every changeset
 * floor/migrations/m1.sql …, all.sql  the floor's files and the same SQL as one text (for psql -1)
 * </pre>
 */
public final class WorkloadWriter {

    public static final String STRATA = "strata";
    public static final String FLYWAY = "flyway";
    public static final String LIQUIBASE = "liquibase";
    public static final String LIQUIBASE_SQL = "liquibase-sql";
    public static final String FLOOR = "floor";
    public static final String LIQUIBASE_CHANGELOG = "changelog.xml";
    public static final String LIQUIBASE_SQL_CHANGELOG = "changelog.sql";
    public static final String FLOOR_MIGRATIONS = "migrations";
    public static final String FLOOR_ALL = "all.sql";

    private WorkloadWriter() {
    }

    /** Writes every layout for {@code n} migrations under {@code root}, which is created if needed. */
    public static void write(Path root, int n) {
        try {
            Path strata = Files.createDirectories(root.resolve(STRATA));
            Path flyway = Files.createDirectories(root.resolve(FLYWAY));
            Path liquibase = Files.createDirectories(root.resolve(LIQUIBASE));
            Path liquibaseSql = Files.createDirectories(root.resolve(LIQUIBASE_SQL));
            Path floor = Files.createDirectories(root.resolve(FLOOR).resolve(FLOOR_MIGRATIONS));
            StringBuilder changelog = new StringBuilder(changelogHead());
            StringBuilder formatted = new StringBuilder("--liquibase formatted sql\n");
            StringBuilder all = new StringBuilder(64 * 1024);
            for (int i = 1; i <= n; i++) {
                String sql = Workload.upgradeSql(i);
                Files.writeString(strata.resolve(Workload.strataFileName(i)), Workload.strataFile(i));
                Files.writeString(flyway.resolve(Workload.flywayFileName(i)), sql);
                Files.writeString(liquibase.resolve(Workload.plainFileName(i)), sql);
                Files.writeString(floor.resolve(Workload.plainFileName(i)), sql);
                changelog.append(changeSet(i));
                formatted.append("\n--changeset bench:").append(i).append('\n').append(sql)
                        .append("--rollback ").append(Workload.downgradeSql(i));
                all.append("-- m").append(i).append('\n').append(sql);
            }
            changelog.append("</databaseChangeLog>\n");
            Files.writeString(liquibase.resolve(LIQUIBASE_CHANGELOG), changelog);
            Files.writeString(liquibaseSql.resolve(LIQUIBASE_SQL_CHANGELOG), formatted);
            Files.writeString(root.resolve(FLOOR).resolve(FLOOR_ALL), all);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workload under " + root, e);
        }
    }

    private static String changelogHead() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<databaseChangeLog\n"
                + "    xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
                + "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "    xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
                + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n";
    }

    private static String changeSet(int i) {
        return "  <changeSet id=\"" + i + "\" author=\"bench\">\n"
                + "    <sqlFile path=\"" + Workload.plainFileName(i) + "\" relativeToChangelogFile=\"true\"/>\n"
                + "    <rollback>" + Workload.downgradeSql(i).strip() + "</rollback>\n"
                + "  </changeSet>\n";
    }
}
