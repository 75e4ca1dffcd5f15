package dev.strata.maven;

import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example project run the way its users run it: a real {@code mvn} process on a copy of examples/jpa-shop,
 * {@code mvn compile strata:upgrade strata:check} against a PostgreSQL scratch database. Maven resolves the plugin from
 * a private local repository under target/ (see {@link PrivateRepository}) and everything else from ~/.m2 read as a
 * file repository, so the network is not needed and ~/.m2 is not written.
 */
class RealMavenIT {
    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void theExampleUpgradesAndChecksCleanThroughMaven() throws Exception {
        PrivateRepository repository = new PrivateRepository(MODULE.resolve("target/real-maven-repository"), MODULE.getParent())
                .installStrata();
        ShopProject project = ShopProject.copy(tmp.resolve("jpa-shop"));
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "maven_real")) {
            Result result = mvn(project.root(), repository, "compile", "strata:upgrade", "strata:check",
                    "-Dstrata.url=" + scratch.database().url().redacted());
            assertThat(result.code()).as(result.output()).isZero();
            assertThat(result.output())
                    .contains("--- strata-maven-plugin:" + PrivateRepository.VERSION + ":upgrade (default-cli) @ jpa-shop ---")
                    .contains("[INFO] Now at e04d3c69f332 (head)  create orders and order lines")
                    .contains("--- strata-maven-plugin:" + PrivateRepository.VERSION + ":check (default-cli) @ jpa-shop ---")
                    .contains("[INFO] The database matches the model.")
                    .contains("BUILD SUCCESS");
        }
    }

    record Result(int code, String output) {
    }

    private static Result mvn(Path project, PrivateRepository repository, String... goals) throws IOException, InterruptedException {
        String home = System.getProperty("maven.home");
        String executable = home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
        List<String> command = new ArrayList<>(List.of(executable, "-B", "-f", project.resolve("pom.xml").toString(),
                "-s", repository.settings().toString(), "-Dmaven.repo.local=" + repository.root()));
        command.addAll(List.of(goals));
        Path log = project.resolve("mvn.log");
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("mvn did not finish in 180 s:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log));
    }
}
