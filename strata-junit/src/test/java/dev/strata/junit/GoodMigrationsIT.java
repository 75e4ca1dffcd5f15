package dev.strata.junit;

import dev.strata.runtime.testkit.StepMigrator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The extension as a user writes it: the example migrations of the repository tested on PostgreSQL, per class. */
class GoodMigrationsIT {
    @RegisterExtension
    static StrataExtension db = StrataExtension.postgres(Servers.POSTGRES)
            .migrations(Servers.migrations("good"))
            .model(Servers.schema("good"));

    @TestFactory
    Stream<DynamicTest> migrationChecks() {
        return db.checks();
    }

    @Test
    void everyStepIsReversible() {
        db.assertEveryStepReversible();
    }

    @Test
    void movingCustomersToClientsKeepsEveryRow(StepMigrator migrator) {
        migrator.downgrade("base"); // one database for the class: start from base, whatever ran before
        migrator.upgradeToBefore("3c0000000003");
        migrator.execute("INSERT INTO customers (id, name, country, email) VALUES (1, 'Ada', 'DE', 'ada@example.com'), "
                + "(2, 'Grace', 'FR', NULL), (3, 'Edsger', NULL, NULL)");

        migrator.upgradeOne();
        assertThat(migrator.current()).containsExactly("3c0000000003");
        migrator.assertTrue("SELECT COUNT(*) = 3 FROM clients");
        assertThat(migrator.queryForLong("SELECT COUNT(*) FROM clients WHERE country_code IS NULL")).isEqualTo(1);

        migrator.downgradeOne();
        assertThat(migrator.current()).containsExactly("2b0000000002");
        assertThat(migrator.queryForLong("SELECT COUNT(*) FROM customers")).isEqualTo(3);
    }
}
