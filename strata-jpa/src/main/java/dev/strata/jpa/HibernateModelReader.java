package dev.strata.jpa;

import dev.strata.core.error.BadInputException;
import dev.strata.core.model.Schema;
import dev.strata.runtime.Database;
import dev.strata.runtime.schema.EntityModelReader;
import dev.strata.runtime.schema.SchemaSource;

import java.io.IOException;

/**
 * The JPA model as Hibernate ORM maps it: entity classes found on the model classpath, booted into Hibernate's
 * mapping model with the configured naming strategies and the target server's dialect, and read table by table into
 * Strata's schema model — what Hibernate's own schema export would create, without creating it. Found by the
 * runtime through {@link java.util.ServiceLoader}.
 */
public final class HibernateModelReader implements EntityModelReader {

    @Override
    public EntityModel read(SchemaSource.Entities entities, Database server) {
        ServerFacts facts = ServerFacts.of(server);
        return read(entities, facts);
    }

    EntityModel read(SchemaSource.Entities entities, ServerFacts facts) {
        EntityScanner.Found found = EntityScanner.scan(entities.packages(), entities.classpath());
        try {
            if (!found.hasEntities()) {
                throw new BadInputException("no @Entity classes in " + String.join(", ", entities.packages()) + " on the model classpath "
                        + entities.classpath(), "check [model] jpa-packages and classpath (compiled classes, not sources)");
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(found.loader());
            try (HibernateBoot boot = HibernateBoot.boot(found, facts.hibernateSettings(), entities.physicalNamingStrategy(),
                    entities.implicitNamingStrategy())) {
                MappingConverter converter = new MappingConverter(boot.metadata(), facts);
                Schema schema = converter.convert();
                return new EntityModel(schema, converter.origins(schema));
            } finally {
                thread.setContextClassLoader(previous);
            }
        } finally {
            try {
                found.loader().close();
            } catch (IOException ignored) {
                // the loader only reads; nothing to report
            }
        }
    }
}
