package dev.strata.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A Maven local repository of this test's own, under target/, holding Strata's artifacts as this build made them
 * (the plugin and the modules it runs, taken from the test classpath: jars as they are, folders of classes jarred),
 * installed by copying files, never by {@code mvn install}; and a settings file whose one mirror is the user's
 * local repository (~/.m2) read as a file repository, so that everything else resolves without the network and ~/.m2 is not written.
 */
final class PrivateRepository {
    static final String VERSION = "0.1.0-SNAPSHOT";
    private static final List<String> MODULES = List.of("strata-core", "strata-runtime", "strata-jpa", "strata-cli", "strata-maven-plugin");

    private final Path root;
    private final Path sources;

    /** @param sources the Strata checkout, whose poms describe the artifacts */
    PrivateRepository(Path root, Path sources) {
        this.root = root;
        this.sources = sources;
    }

    Path root() {
        return root;
    }

    /** Puts the parent pom and every module's pom and jar in place, replacing what an earlier run left. */
    PrivateRepository installStrata() throws IOException {
        put("strata-parent", sources.resolve("pom.xml"), null);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String module : MODULES) {
            Path classes = Stream.of(classpath.split(java.io.File.pathSeparator)).map(Path::of)
                    .filter(entry -> isBuildOf(entry, module)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(module + " is not on the test classpath"));
            put(module, sources.resolve(module).resolve("pom.xml"), classes);
        }
        return this;
    }

    /** target/classes of the module, or its jar (in the reactor's target/ or in ~/.m2), never its tests. */
    private static boolean isBuildOf(Path entry, String module) {
        String name = entry.getFileName().toString();
        return entry.endsWith(Path.of(module, "target", "classes")) || name.equals(module + "-" + VERSION + ".jar");
    }

    private void put(String artifactId, Path pom, Path classes) throws IOException {
        Path dir = root.resolve("dev/strata").resolve(artifactId).resolve(VERSION);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (classes == null) {
            return;
        }
        Path jar = dir.resolve(artifactId + "-" + VERSION + ".jar");
        if (Files.isDirectory(classes)) {
            jar(classes, jar);
        } else {
            Files.copy(classes, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void jar(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(folder.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }

    /** Settings whose one mirror, of every repository, is the user's local repository read as a file repository. */
    Path settings() throws IOException {
        String configured = System.getProperty("strata.it.user-repository");
        Path userRepository = configured == null || configured.isBlank() || configured.startsWith("${")
                ? Path.of(System.getProperty("user.home"), ".m2", "repository") : Path.of(configured);
        Path settings = root.resolveSibling(root.getFileName() + "-settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror><id>user-local-repository</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(userRepository.toUri()));
        return settings;
    }
}
