package dev.strata.benchmark;

/**
 * Strata through its command-line entry point, in-process: {@code upgrade} for apply and up-to-date,
 * {@code current} for status, quiet.
 */
public final class StrataRunner {

    private StrataRunner() {
    }

    public static void main(String[] args) {
        RunnerSupport.main("StrataRunner", args, (scenario, db, dir) -> {
            String command = scenario == Scenario.STATUS ? "current" : "upgrade";
            int exit = dev.strata.cli.Main.run(
                    "--url", db.strataUrl(), "--dir", dir.toAbsolutePath().toString(), "-q", command);
            if (exit != 0) {
                throw new IllegalStateException("strata " + command + " exited with " + exit);
            }
        });
    }
}
