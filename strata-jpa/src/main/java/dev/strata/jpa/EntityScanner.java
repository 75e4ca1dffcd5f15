package dev.strata.jpa;

import dev.strata.core.error.BadInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the classes Hibernate must be told about — {@code @Entity}, {@code @MappedSuperclass}, {@code @Embeddable}
 * and {@code @Converter} classes, and {@code package-info} with package-level annotations — in packages (and their
 * sub-packages) on a classpath of folders and jars. The classes are loaded, not initialized, by a class loader over
 * those entries whose parent is Strata's own, which brings Hibernate and the Jakarta Persistence API.
 */
final class EntityScanner {
    private static final List<String> MAPPED = List.of("jakarta.persistence.Entity", "jakarta.persistence.MappedSuperclass",
            "jakarta.persistence.Embeddable", "jakarta.persistence.Converter");

    /** What was found. */
    record Found(URLClassLoader loader, List<Class<?>> classes, List<String> packages) {
        boolean hasEntities() {
            return classes.stream().anyMatch(c -> c.isAnnotationPresent(jakarta.persistence.Entity.class));
        }
    }

    private EntityScanner() {
    }

    static Found scan(List<String> packages, List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < classpath.size(); i++) {
            Path entry = classpath.get(i);
            if (!Files.exists(entry)) {
                throw new BadInputException("classpath entry " + entry + " does not exist",
                        "check [model] classpath; compile the entities first");
            }
            try {
                urls[i] = entry.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new BadInputException("classpath entry " + entry + " is not a usable path: " + e.getMessage(), null);
            }
        }
        URLClassLoader loader = new URLClassLoader("strata-jpa-model", urls, EntityScanner.class.getClassLoader());
        TreeSet<String> names = new TreeSet<>();
        for (Path entry : classpath) {
            for (String pkg : packages) {
                names.addAll(Files.isDirectory(entry) ? inFolder(entry, pkg) : inJar(entry, pkg));
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        List<String> packageInfos = new ArrayList<>();
        for (String name : names) {
            Class<?> type = load(loader, name);
            if (name.endsWith(".package-info")) {
                if (type.getAnnotations().length > 0) {
                    packageInfos.add(type.getPackageName());
                }
            } else if (isMapped(type)) {
                classes.add(type);
            }
        }
        return new Found(loader, List.copyOf(classes), List.copyOf(packageInfos));
    }

    private static boolean isMapped(Class<?> type) {
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            if (MAPPED.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BadInputException("cannot load " + name + " from the model classpath: " + e,
                    "add the jars the entities need to [model] classpath", e);
        }
    }

    private static List<String> inFolder(Path root, String pkg) {
        Path dir = root.resolve(pkg.replace('.', '/'));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".class"))
                    .map(f -> className(root.relativize(f).toString().replace('\\', '/')))
                    .filter(n -> !n.contains("$") || !n.substring(n.lastIndexOf('.') + 1).matches(".*\\$\\d+.*"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> inJar(Path jar, String pkg) {
        String prefix = pkg.replace('.', '/') + "/";
        List<String> out = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(prefix) && entry.endsWith(".class") && !entry.startsWith("META-INF/")) {
                    out.add(className(entry));
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read classpath entry " + jar + ": " + e.getMessage(), "give folders of classes or jar files");
        }
        return out;
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
