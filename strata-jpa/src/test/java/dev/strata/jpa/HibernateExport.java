package dev.strata.jpa;

import dev.strata.runtime.Database;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hibernate's own schema export, the reference the model is held to: the same entity classes booted the ordinary
 * way, with a JDBC connection to the database (so Hibernate resolves its dialect from the server itself), and
 * {@code SchemaExport} creating the tables there.
 */
final class HibernateExport {
    private HibernateExport() {
    }

    /** Creates the entities' schema in {@code database}; returns the DDL Hibernate ran. */
    static String create(Database database, List<String> packages, Path classes, Map<String, Object> extraSettings) {
        Map<String, Object> settings = new HashMap<>(extraSettings);
        settings.put("jakarta.persistence.jdbc.url", database.url().jdbcUrl());
        database.url().connectionProperties().forEach((k, v) -> settings.put("hibernate.connection." + k, v));
        settings.put("hibernate.connection.pool_size", "1");
        settings.put("hibernate.hbm2ddl.create_namespaces", "true");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            EntityScanner.Found found = EntityScanner.scan(packages, List.of(classes));
            MetadataSources sources = new MetadataSources(registry);
            found.classes().forEach(sources::addAnnotatedClass);
            found.packages().forEach(sources::addPackage);
            var metadata = sources.buildMetadata();
            Path script = Files.createTempFile("hibernate-ddl", ".sql");
            try {
                Map<String, Object> actions = new HashMap<>(settings);
                actions.put("jakarta.persistence.schema-generation.database.action", "create");
                actions.put("jakarta.persistence.schema-generation.scripts.action", "create");
                actions.put("jakarta.persistence.schema-generation.scripts.create-target", script.toString());
                actions.put("hibernate.hbm2ddl.schema-generation.script.append", "false");
                actions.put("hibernate.hbm2ddl.halt_on_error", "true");
                SchemaManagementToolCoordinator.process(metadata, registry, actions, action -> { });
                return Files.readString(script);
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
