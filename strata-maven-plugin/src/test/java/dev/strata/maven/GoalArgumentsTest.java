package dev.strata.maven;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How parameters become the command line's arguments: global options, the command, its own arguments. */
class GoalArgumentsTest {
    private static <M extends StrataMojo> M goal(M mojo) {
        mojo.setLog(new RecordingLog(false));
        mojo.configFile = new File("/p/strata.toml");
        mojo.basedir = new File("/p");
        return mojo;
    }

    @Test
    void globalOptionsComeFirstAndOnlyWhenGiven() {
        UpgradeMojo upgrade = goal(new UpgradeMojo());
        assertThat(upgrade.arguments()).containsExactly("--config", "/p/strata.toml", "upgrade", "head");
        upgrade.url = "postgresql://app@db/app";
        upgrade.dir = "db/migrations";
        upgrade.env = "staging";
        upgrade.format = "json";
        upgrade.target = "+1";
        upgrade.sql = true;
        assertThat(upgrade.arguments()).containsExactly("--config", "/p/strata.toml", "--url", "postgresql://app@db/app",
                "--dir", "db/migrations", "--env", "staging", "--format", "json", "upgrade", "+1", "--sql");
    }

    @Test
    void allowUnsafeOnlyWhenTrue() {
        UpgradeMojo upgrade = goal(new UpgradeMojo());
        assertThat(upgrade.arguments()).doesNotContain("--allow-unsafe");
        upgrade.allowUnsafe = true;
        assertThat(upgrade.arguments()).endsWith("upgrade", "head", "--allow-unsafe");
    }

    @Test
    void revisionPassesTheProjectClasspathOnlyWhenItAutogenerates() {
        RevisionMojo revision = goal(new RevisionMojo());
        revision.classpathElements = List.of("/p/target/classes", "/m2/jakarta.persistence-api-3.1.0.jar");
        revision.message = "add phone";
        assertThat(revision.arguments()).containsExactly("--config", "/p/strata.toml", "revision", "-m", "add phone");
        revision.autogenerate = true;
        revision.rename = List.of("customer.name=full_name");
        assertThat(revision.arguments()).containsExactly("--config", "/p/strata.toml", "revision", "-m", "add phone",
                "--autogenerate", "--rename", "customer.name=full_name",
                "--classpath", "/p/target/classes", "--classpath", "/m2/jakarta.persistence-api-3.1.0.jar");
    }

    @Test
    void checkAndTestReadTheModelFromTheProjectClasspath() {
        for (ModelMojo goal : List.of(goal(new CheckMojo()), goal(new TestMojo()))) {
            goal.classpathElements = List.of("/p/target/classes");
            assertThat(goal.arguments()).containsExactly("--config", "/p/strata.toml", goal.command(), "--classpath", "/p/target/classes");
        }
    }

    @Test
    void debugLoggingAsksForVerboseOutput() {
        CurrentMojo current = new CurrentMojo();
        current.setLog(new RecordingLog(true));
        current.configFile = new File("/p/strata.toml");
        assertThat(current.arguments()).containsExactly("--config", "/p/strata.toml", "--verbose", "current");
    }
}
