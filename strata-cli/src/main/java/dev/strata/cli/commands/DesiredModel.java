package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.model.Schema;
import dev.strata.runtime.schema.SchemaReader;
import dev.strata.runtime.schema.SchemaSource;
import dev.strata.runtime.schema.SchemaSources;

import java.util.function.Function;

/**
 * The configured model read as a schema, and, for JPA entities, where each object comes from, so that a
 * difference can name the entity and field behind it.
 *
 * @param origins object name (as differences name it) to its origin, or null; never null itself
 */
record DesiredModel(Schema schema, Function<String, String> origins) {

    static DesiredModel read(Context context, SchemaReader reader) {
        SchemaSource source = SchemaSources.model(context.model());
        if (source instanceof SchemaSource.Entities entities) {
            var model = reader.readEntities(entities);
            return new DesiredModel(model.schema(), model::originOf);
        }
        return new DesiredModel(reader.read(source), object -> null);
    }
}
