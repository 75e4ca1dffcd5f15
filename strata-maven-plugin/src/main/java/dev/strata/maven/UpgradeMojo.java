package dev.strata.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;

/** {@code strata upgrade}: applies the migrations up to a target (default {@code head}). */
@Mojo(name = "upgrade", requiresProject = true)
public class UpgradeMojo extends StrataMojo {
    /** head, heads, a revision or prefix, +N, LABEL@head… */
    @Parameter(property = "strata.target", defaultValue = "head")
    String target = "head";

    /** Prints the SQL that would run, version bookkeeping included, and runs nothing. */
    @Parameter(property = "strata.sql", defaultValue = "false")
    boolean sql;

    /** Applies migrations that the lint gate refuses as unsafe. */
    @Parameter(property = "strata.allowUnsafe", defaultValue = "false")
    boolean allowUnsafe;

    @Override
    String command() {
        return "upgrade";
    }

    @Override
    List<String> commandArguments() {
        List<String> args = new ArrayList<>(List.of(target));
        if (sql) {
            args.add("--sql");
        }
        if (allowUnsafe) {
            args.add("--allow-unsafe");
        }
        return args;
    }
}
