package dev.strata.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the command line as a separate JVM, as a deployer would, on the test classpath. */
final class StrataProcess {
    private StrataProcess() {
    }

    static Process start(Path workingDir, Path log, String... args) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath, Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
