package dev.strata.jpa;

import dev.strata.core.error.BadInputException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.selector.spi.StrategySelectionException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Boots Hibernate's mapping model — {@link MetadataSources} to {@link Metadata}, the same model its schema export
 * writes DDL from — for a set of entity classes, with the naming strategies and the target database's dialect,
 * and no connection.
 */
final class HibernateBoot implements AutoCloseable {
    /** Hibernate logs its banner and deprecations through java.util.logging by default: kept off the console. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
    }

    /** Hibernate's short names for its implicit naming strategies. */
    static final List<String> SHORT_IMPLICIT_NAMES = List.of("default", "jpa", "legacy-jpa", "legacy-hbm", "component-path");

    private final StandardServiceRegistry registry;
    private final Metadata metadata;

    private HibernateBoot(StandardServiceRegistry registry, Metadata metadata) {
        this.registry = registry;
        this.metadata = metadata;
    }

    /**
     * @param settings               Hibernate settings (the dialect and the server's version)
     * @param physicalNamingStrategy a class name, or null for Hibernate's default
     * @param implicitNamingStrategy a class name or one of Hibernate's short names, or null
     */
    static HibernateBoot boot(EntityScanner.Found found, Map<String, Object> settings, String physicalNamingStrategy,
                              String implicitNamingStrategy) {
        Map<String, Object> all = new HashMap<>(settings);
        requireClass(found.loader(), "physical-naming-strategy", physicalNamingStrategy);
        if (implicitNamingStrategy != null && !SHORT_IMPLICIT_NAMES.contains(implicitNamingStrategy)) {
            requireClass(found.loader(), "implicit-naming-strategy", implicitNamingStrategy);
        }
        if (physicalNamingStrategy != null) {
            all.put("hibernate.physical_naming_strategy", physicalNamingStrategy);
        }
        if (implicitNamingStrategy != null) {
            all.put("hibernate.implicit_naming_strategy", implicitNamingStrategy);
        }
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(found.loader()).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            found.classes().forEach(sources::addAnnotatedClass);
            found.packages().forEach(sources::addPackage);
            return new HibernateBoot(registry, sources.getMetadataBuilder().build());
        } catch (StrategySelectionException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new BadInputException("a naming strategy cannot be used: " + message(e),
                    "give a class on the model classpath or in Hibernate, or for the implicit strategy one of " + SHORT_IMPLICIT_NAMES, e);
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new BadInputException("Hibernate cannot map the entities: " + message(e),
                    "fix the mapping; Strata reads the model Hibernate ORM " + org.hibernate.Version.getVersionString() + " builds", e);
        }
    }

    Metadata metadata() {
        return metadata;
    }

    /** The first line of each cause, for a one-line error. */
    static String message(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 600; t = t.getCause() == t ? null : t.getCause()) {
            String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
            if (out.indexOf(text) < 0) {
                out.append(out.isEmpty() ? "" : ": ").append(text);
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }

    private static void requireClass(ClassLoader loader, String setting, String className) {
        if (className == null) {
            return;
        }
        try {
            Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BadInputException("[model] " + setting + " " + className + " is not a class on the model classpath or in Hibernate",
                    setting.startsWith("implicit") ? "give a class name or one of " + SHORT_IMPLICIT_NAMES
                            : "give a class name, e.g. org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        }
    }
}
