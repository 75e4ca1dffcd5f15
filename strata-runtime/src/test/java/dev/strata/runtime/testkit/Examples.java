package dev.strata.runtime.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The example projects of {@code src/test/resources/testkit}: {@code good} passes every check, and each other one is
 * {@code good} broken in exactly one way, marked {@code BROKEN ON PURPOSE} in the file that breaks it.
 */
public final class Examples {
    public static final String GOOD = "good";
    public static final String TWO_HEADS = "two-heads";
    public static final String DOWNGRADE_LEAVES_COLUMN = "downgrade-leaves-column";
    public static final String DOWNGRADE_FAILS = "downgrade-fails";
    public static final String DATA_LOSS = "data-loss";
    public static final String MODEL_DIFFERS = "model-differs";

    private Examples() {
    }

    /** The example's folder (holding strata.toml, migrations/, schema.sql and tests/). */
    public static Path project(String name) {
        URL url = Examples.class.getResource("/testkit/" + name);
        if (url == null) {
            throw new IllegalStateException("no example " + name + " on the test class path (src/test/resources/testkit)");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path migrations(String name) {
        return project(name).resolve("migrations");
    }

    public static Path schema(String name) {
        return project(name).resolve("schema.sql");
    }

    /** A copy of an example in {@code target}, to edit. */
    public static Path copy(String name, Path target) {
        Path source = project(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
