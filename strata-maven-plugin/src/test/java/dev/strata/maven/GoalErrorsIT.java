package dev.strata.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Failing goals fail the build with the command line's one-line message (without its "error: "), as a
 * {@link MojoExecutionException} for bad input and database trouble; a password never reaches the log. Run on the
 * embedded SQLite database or on a server that is not there, so no scratch database is needed.
 */
class GoalErrorsIT {
    @TempDir
    Path tmp;

    private ShopProject project;
    private RecordingLog log;

    @BeforeEach
    void copyTheExample() throws Exception {
        project = ShopProject.copy(tmp);
    }

    private <M extends StrataMojo> M goal(M mojo, String url, boolean debug) {
        log = new RecordingLog(debug);
        mojo.setLog(log);
        mojo.configFile = project.root().resolve("strata.toml").toFile();
        mojo.basedir = project.root().toFile();
        mojo.url = url;
        return mojo;
    }

    private String sqlite() {
        return "sqlite:" + tmp.resolve("shop.db");
    }

    @Test
    void noConfigFile() throws Exception {
        Files.delete(project.root().resolve("strata.toml"));
        CurrentMojo current = goal(new CurrentMojo(), sqlite(), false);
        assertThatThrownBy(current::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining(project.root().resolve("strata.toml").toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotStartWith("error:").doesNotContain("\n"));
    }

    @Test
    void unknownTarget() {
        UpgradeMojo upgrade = goal(new UpgradeMojo(), sqlite(), false);
        upgrade.target = "nope";
        assertThatThrownBy(upgrade::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("no revision, branch label or revision prefix nope in the migrations; check the spelling; "
                        + "`strata history` lists the revisions");
    }

    @Test
    void downgradeWithoutATarget() {
        DowngradeMojo downgrade = goal(new DowngradeMojo(), sqlite(), false);
        assertThatThrownBy(downgrade::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("TARGET").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void thePasswordNeverReachesTheLog() {
        CurrentMojo current = goal(new CurrentMojo(), "postgresql://app:hunter2@127.0.0.1:1/shop", true);
        assertThatThrownBy(current::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("cannot connect to postgresql://app:***@127.0.0.1:1/shop")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        assertThat(log.lines("DEBUG")).anyMatch(line -> line.contains("--url postgresql://app:***@127.0.0.1:1/shop"));
        assertThat(log.text()).doesNotContain("hunter2");
    }

    @Test
    void skip() throws Exception {
        UpgradeMojo upgrade = goal(new UpgradeMojo(), sqlite(), false);
        upgrade.skip = true;
        upgrade.execute();
        assertThat(log.lines("INFO")).containsExactly("strata upgrade skipped (strata.skip)");
        assertThat(tmp.resolve("shop.db")).doesNotExist();
    }
}
