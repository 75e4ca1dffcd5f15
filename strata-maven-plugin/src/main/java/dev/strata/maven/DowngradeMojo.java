package dev.strata.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;

/** {@code strata downgrade}: reverts to a target, which must be given ({@code -Dstrata.target=-1}, base, a revision…). */
@Mojo(name = "downgrade", requiresProject = true)
public class DowngradeMojo extends StrataMojo {
    /** base, a revision or prefix, -N, REV-N, head-N, LABEL@base. */
    @Parameter(property = "strata.target")
    String target;

    /** Prints the SQL that would run, version bookkeeping included, and runs nothing. */
    @Parameter(property = "strata.sql", defaultValue = "false")
    boolean sql;

    @Override
    String command() {
        return "downgrade";
    }

    @Override
    List<String> commandArguments() {
        List<String> args = new ArrayList<>();
        if (target != null && !target.isBlank()) {
            args.add(target);
        }
        if (sql) {
            args.add("--sql");
        }
        return args;
    }
}
