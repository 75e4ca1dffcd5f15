package dev.strata.runtime.schema;

import dev.strata.core.error.ConfigException;
import dev.strata.core.model.Schema;
import dev.strata.runtime.Database;

import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Reads a JPA entity model into Strata's schema model. The runtime knows only this interface; the implementation
 * (module strata-jpa, which brings Hibernate ORM) is found with {@link ServiceLoader}, so nothing here depends on
 * Hibernate and a Strata without that module says so plainly.
 */
public interface EntityModelReader {

    /**
     * The schema the entities map to, as the database of {@code server} would hold it after Hibernate's own schema
     * export. The server is only asked for facts Hibernate would ask a connection (its version, its current schema,
     * its default character set); no entity table is created anywhere.
     */
    EntityModel read(SchemaSource.Entities entities, Database server);

    /**
     * A schema read from entities, and where each of its objects comes from.
     *
     * @param origins object path as differences name it ({@code public.users}, {@code public.users.email},
     *                {@code public.users.fk_orders_user}) → the entity, field or mapping it comes from
     *                ({@code com.example.User.email})
     */
    record EntityModel(Schema schema, Map<String, String> origins) {
        public EntityModel {
            origins = Map.copyOf(origins);
        }

        /** Where an object comes from, or null when it is not known. */
        public String originOf(String object) {
            return origins.get(object);
        }
    }

    /** The reader on Strata's classpath. */
    static EntityModelReader find() {
        Iterator<EntityModelReader> readers = ServiceLoader.load(EntityModelReader.class, EntityModelReader.class.getClassLoader())
                .iterator();
        if (!readers.hasNext()) {
            throw new ConfigException("JPA entity models ([model] jpa-packages) need the strata-jpa module, which is not on Strata's classpath",
                    "use the strata command-line jar, which carries it, or add dev.strata:strata-jpa as a dependency");
        }
        return readers.next();
    }
}
