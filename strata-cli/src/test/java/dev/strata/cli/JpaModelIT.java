package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JPA entities as the model, as a user runs it: entities compiled into a folder, {@code [model] jpa-packages} and
 * {@code classpath} in strata.toml; autogenerate, upgrade, check clean; change an entity, check finds it,
 * autogenerate, upgrade, check clean again.
 */
class JpaModelIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Cli.Result ok(Cli.Result result) {
        assertThat(result.code()).as(result.toString()).isZero();
        return result;
    }

    /** Compiles entity sources into {@code classes}, as the user's build would. */
    private void compile(Map<String, String> sources) throws Exception {
        Path src = tmp.resolve("src");
        Path classes = tmp.resolve("classes");
        for (Path dir : List.of(src, classes)) {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dir);
        }
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), "-proc:none"));
        for (var entry : sources.entrySet()) {
            Path file = src.resolve("app/model/" + entry.getKey() + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "package app.model;\n\nimport jakarta.persistence.*;\n\n" + entry.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertThat(javac.run(null, null, errors, args.toArray(String[]::new))).as(errors.toString()).isZero();
    }

    private List<Path> migrationFiles() throws Exception {
        try (Stream<Path> files = Files.list(tmp.resolve("migrations"))) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRES", "MARIADB"})
    void entitiesDriveTheMigrations(DatabaseKind kind) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "jpa_cli")) {
            Files.writeString(tmp.resolve("strata.toml"), "[database]\nurl = \"" + scratch.database().url().redacted() + "\"\n\n"
                    + "[model]\njpa-packages = [\"app.model\"]\nclasspath = [\"classes\"]\n"
                    + "physical-naming-strategy = \"org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\"\n");
            Files.createDirectories(tmp.resolve("migrations"));
            compile(Map.of("Author", """
                    @Entity
                    public class Author {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(nullable = false, length = 100) String fullName;
                    }
                    """));
            Cli cli = new Cli(tmp);

            Cli.Result pending = cli.run("check");
            assertThat(pending.code()).as(pending.toString()).isEqualTo(1);
            assertThat(pending.out()).contains("table-added").contains("author");
            ok(cli.run("revision", "--autogenerate", "-m", "authors", "--rev-id", "b10000000001"));
            String first = Files.readString(tmp.resolve("migrations/b10000000001_authors.sql"));
            assertThat(first).containsIgnoringCase("CREATE TABLE").contains("full_name");
            ok(cli.run("upgrade"));
            assertThat(ok(cli.run("check")).out()).contains("matches the model");

            // the entity changes: a new field, a new entity with a foreign key and an index
            compile(Map.of("Author", """
                    @Entity
                    public class Author {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(nullable = false, length = 100) String fullName;
                        @Column(unique = true, length = 200) String email;
                    }
                    """, "Book", """
                    @Entity
                    @Table(indexes = @Index(name = "ix_book_title", columnList = "title"))
                    public class Book {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(nullable = false) String title;
                        @ManyToOne(optional = false) Author author;
                        @Enumerated(EnumType.STRING) @Column(length = 10) Format format;
                        public enum Format { HARDCOVER, PAPERBACK, EBOOK }
                    }
                    """));
            Cli.Result changed = cli.run("check");
            assertThat(changed.code()).as(changed.toString()).isEqualTo(1);
            assertThat(changed.out()).contains("email").contains("book");
            assertThat(changed.out()).as("each difference names the entity and field it comes from")
                    .containsPattern("column-added .*author\\.email: .* \\(from \\S*Author\\.email\\)");
            JsonNode differences = JSON.readTree(cli.run("check", "--format", "json").out()).get("differences");
            assertThat(differences.size()).isGreaterThanOrEqualTo(2);
            assertThat(differences.findValuesAsText("origin")).anyMatch(origin -> origin.endsWith("Author.email"));

            ok(cli.run("revision", "--autogenerate", "-m", "books", "--rev-id", "b10000000002"));
            String second = Files.readString(tmp.resolve("migrations/b10000000002_books.sql"));
            assertThat(second).contains("-- strata:revises b10000000001").contains("email").contains("ix_book_title");
            ok(cli.run("upgrade"));
            assertThat(ok(cli.run("check")).out()).contains("matches the model");
            assertThat(ok(cli.run("revision", "--autogenerate", "-m", "nothing")).out()).contains("nothing written");
            assertThat(migrationFiles()).hasSize(2);

            // the downgrade Strata wrote undoes it, and the upgrade again lands on the model
            ok(cli.run("downgrade", "-1"));
            assertThat(cli.run("check").code()).isEqualTo(2); // not at head
            ok(cli.run("upgrade"));
            assertThat(ok(cli.run("check")).out()).contains("matches the model");

            // diff names the entities directly too
            Cli.Result diff = ok(cli.run("diff", "--from", scratch.database().url().redacted(), "--to", "jpa:app.model"));
            assertThat(diff.out().strip()).doesNotContainIgnoringCase("create").doesNotContainIgnoringCase("alter");
        }
    }
}
