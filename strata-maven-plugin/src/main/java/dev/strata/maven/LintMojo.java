package dev.strata.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;

/** {@code strata lint}: checks the migrations for unsafe or wrong patterns; fails the build on a finding of severity error. */
@Mojo(name = "lint", requiresProject = true)
public class LintMojo extends StrataMojo {
    /** A:B, :B or A: (default: every migration). */
    @Parameter(property = "strata.range")
    String range;

    @Override
    String command() {
        return "lint";
    }

    @Override
    List<String> commandArguments() {
        List<String> args = new ArrayList<>();
        if (range != null && !range.isBlank()) {
            args.add(range);
        }
        return args;
    }
}
