package dev.strata.maven;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A private copy of {@code examples/jpa-shop}, whose entities are compiled into its {@code target/classes} the way
 * {@code mvn compile} would, and which a test may edit and compile again.
 */
final class ShopProject {
    static final Path EXAMPLE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolveSibling("examples").resolve("jpa-shop");
    static final String DOMAIN = "src/main/java/com/example/shop/domain/";

    private final Path root;

    private ShopProject(Path root) {
        this.root = root;
    }

    /** Copies the example (sources, strata.toml, migrations; not its build output) into {@code root}. */
    static ShopProject copy(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = EXAMPLE.relativize(file);
                if (relative.startsWith("target") || relative.toString().endsWith(".db")) {
                    continue;
                }
                Files.createDirectories(root.resolve(relative).getParent());
                Files.copy(file, root.resolve(relative));
            }
        }
        return new ShopProject(root);
    }

    Path root() {
        return root;
    }

    Path classes() {
        return root.resolve("target/classes");
    }

    Path migrations() {
        return root.resolve("migrations");
    }

    /** The Jakarta Persistence API jar, the example's runtime dependency, from this JVM's classpath. */
    static Path persistenceApi() {
        return jar("jakarta.persistence-api");
    }

    /** Hibernate ORM, which the example needs only to compile (for {@code @OnDelete}; scope provided). */
    static Path hibernateCore() {
        return jar("hibernate-core");
    }

    private static Path jar(String artifact) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Stream.of(classpath.split(java.io.File.pathSeparator)).filter(e -> Path.of(e).getFileName().toString().startsWith(artifact + "-"))
                .map(Path::of).findFirst().orElseThrow(() -> new IllegalStateException(artifact + " is not on the test classpath"));
    }

    /** The project's runtime classpath as Maven would give it to a goal: its classes, then its dependencies. */
    List<String> runtimeClasspath() {
        return List.of(classes().toString(), persistenceApi().toString());
    }

    /** Replaces text in an entity's source; the text must be there. */
    ShopProject edit(String entity, String from, String to) throws IOException {
        Path file = root.resolve(DOMAIN + entity + ".java");
        String source = Files.readString(file);
        assertThat(source).as(file.toString()).contains(from);
        Files.writeString(file, source.replace(from, to));
        return this;
    }

    /** Compiles every entity into a fresh target/classes. */
    ShopProject compile() throws IOException {
        if (Files.exists(classes())) {
            try (Stream<Path> files = Files.walk(classes())) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        Files.createDirectories(classes());
        List<String> args = new ArrayList<>(List.of("-d", classes().toString(), "-cp", persistenceApi() + java.io.File.pathSeparator + hibernateCore(), "-proc:none"));
        try (Stream<Path> sources = Files.list(root.resolve(DOMAIN))) {
            sources.map(Path::toString).sorted().forEach(args::add);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertThat(javac.run(null, null, errors, args.toArray(String[]::new))).as(errors.toString()).isZero();
        return this;
    }

    List<Path> migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(migrations())) {
            return files.sorted().toList();
        }
    }
}
