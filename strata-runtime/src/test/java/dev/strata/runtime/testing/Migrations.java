package dev.strata.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes migration files in the contract's format, for tests. */
public final class Migrations {
    private final Path dir;

    public Migrations(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** A transactional migration. {@code revises} is {@code base}, an id, or several ids separated by spaces. */
    public Path add(String id, String revises, String upgrade, String downgrade) {
        return write(id, revises, "", upgrade, downgrade);
    }

    public Path addNonTransactional(String id, String revises, String upgrade, String downgrade) {
        return write(id, revises, "-- strata:transactional false\n", upgrade, downgrade);
    }

    /** Any header lines (each `-- strata:…`), for labels, dependencies and settings. */
    public Path write(String id, String revises, String extraHeader, String upgrade, String downgrade) {
        String text = "-- strata:revision " + id + "\n-- strata:revises " + revises + "\n-- strata:message m " + id + "\n"
                + extraHeader + "\n-- strata:upgrade\n" + upgrade + "\n\n-- strata:downgrade\n" + downgrade + "\n";
        return writeRaw(id + "_m.sql", text);
    }

    public Path writeRaw(String fileName, String text) {
        Path file = dir.resolve(fileName);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
