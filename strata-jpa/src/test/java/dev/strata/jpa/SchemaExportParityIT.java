package dev.strata.jpa;

import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.SchemaDiffer;
import dev.strata.core.model.Schema;
import dev.strata.runtime.Database;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.schema.EntityModelReader;
import dev.strata.runtime.schema.SchemaReader;
import dev.strata.runtime.schema.SchemaSource;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof: for each set of test entities, the schema Strata builds from Hibernate's mapping model (no
 * connection) equals — an empty diff under the dialect's own diff policy — the schema Hibernate's SchemaExport
 * creates from the same entities on a scratch database, as the dialect's inspector reads it back.
 */
class SchemaExportParityIT {

    static Stream<Arguments> models() {
        return Stream.of(DatabaseKind.POSTGRES, DatabaseKind.MARIADB).flatMap(kind -> Stream.of(
                Arguments.of(kind, "dev.strata.jpa.entities.shop", null, null),
                Arguments.of(kind, "dev.strata.jpa.entities.inheritance", null, null),
                Arguments.of(kind, "dev.strata.jpa.entities.shop",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy", null),
                Arguments.of(kind, "dev.strata.jpa.entities.inheritance",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy", "legacy-jpa"),
                Arguments.of(kind, "dev.strata.jpa.entities.features", null, null)));
    }

    static Stream<Arguments> postgresModels() {
        return Stream.of(Arguments.of(DatabaseKind.POSTGRES, "dev.strata.jpa.entities.postgres", null, null),
                Arguments.of(DatabaseKind.POSTGRES, "dev.strata.jpa.entities.postgres",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy", "component-path"));
    }

    static Path testClasses() {
        try {
            return Path.of(SchemaExportParityIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource({"models", "postgresModels"})
    void theModelIsWhatSchemaExportCreates(DatabaseKind kind, String pkg, String physical, String implicit) {
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "jpa")) {
            Database db = scratch.database();
            Map<String, Object> naming = new java.util.HashMap<>();
            if (physical != null) {
                naming.put("hibernate.physical_naming_strategy", physical);
            }
            if (implicit != null) {
                naming.put("hibernate.implicit_naming_strategy", implicit);
            }
            String ddl = HibernateExport.create(db, List.of(pkg), testClasses(), naming);
            Schema exported = new SchemaReader(db, Set.of()).inspect(db);

            EntityModelReader.EntityModel model = new HibernateModelReader().read(
                    new SchemaSource.Entities(List.of(pkg), List.of(testClasses()), physical, implicit), db);
            SchemaDiff diff = new SchemaDiffer(db.dialect().diffPolicy()).diff(exported, model.schema());

            assertThat(diff.differences()).as("Hibernate ran:\n" + ddl.replace(";", ";\n") + "\nexported: " + exported
                    + "\nmodel: " + model.schema()).isEmpty();
            assertThat(diff.operations()).isEmpty();
        }
    }
}
