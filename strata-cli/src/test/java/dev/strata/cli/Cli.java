package dev.strata.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Drives the command line in-process, the way a user would type it, and captures what it prints. */
final class Cli {
    private final Path workingDir;
    private final Map<String, String> environment = new HashMap<>();

    Cli(Path workingDir) {
        this.workingDir = workingDir;
    }

    Cli env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), Map.copyOf(environment), workingDir, args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
