package dev.strata.jpa;

import dev.strata.core.error.ConfigException;
import dev.strata.runtime.config.ModelConfig;
import dev.strata.runtime.schema.EntityModelReader;
import dev.strata.runtime.schema.SchemaSource;
import dev.strata.runtime.schema.SchemaSources;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the configured model and {@code jpa:PACKAGE} become an entity source, and how the runtime finds the reader. */
class EntitySourceTest {
    private static final ModelConfig JPA = new ModelConfig(List.of(), List.of("com.example.domain"), List.of(Path.of("/app/classes")),
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy", "jpa");

    @Test
    void theConfiguredPackagesAreTheModel() {
        assertThat(SchemaSources.model(JPA)).isEqualTo(new SchemaSource.Entities(List.of("com.example.domain"),
                List.of(Path.of("/app/classes")), "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy", "jpa"));
        assertThat(SchemaSources.model(JPA).describe()).isEqualTo("JPA entities in com.example.domain");
    }

    @Test
    void jpaNamesPackagesOnTheConfiguredClasspath() {
        assertThat(SchemaSources.parse("jpa:com.a,com.b", JPA, Path.of("/work")))
                .isEqualTo(new SchemaSource.Entities(List.of("com.a", "com.b"), JPA.classpath(), JPA.physicalNamingStrategy(), "jpa"));
    }

    @Test
    void oneModelOrTheOther() {
        ModelConfig both = new ModelConfig(List.of(Path.of("schema.sql")), List.of("com.example"), List.of(Path.of("classes")), null, null);
        assertThatThrownBy(() -> SchemaSources.model(both)).isInstanceOf(ConfigException.class)
                .hasMessage("[model] gives both schema-files and jpa-packages; the model is one or the other");
        ModelConfig noClasspath = new ModelConfig(List.of(), List.of("com.example"), List.of(), null, null);
        assertThatThrownBy(() -> SchemaSources.model(noClasspath)).isInstanceOf(ConfigException.class)
                .hasMessage("[model] jpa-packages needs a classpath to find the entities on");
    }

    @Test
    void theRuntimeFindsHibernateThroughServiceLoader() {
        assertThat(EntityModelReader.find()).isInstanceOf(HibernateModelReader.class);
    }
}
