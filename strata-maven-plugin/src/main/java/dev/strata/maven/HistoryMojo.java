package dev.strata.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;

/** {@code strata history}: the revisions, newest first, marking the current one and the heads. */
@Mojo(name = "history", requiresProject = true)
public class HistoryMojo extends StrataMojo {
    /** A:B, :B, A: or one target ({@code current} names the current revision); default every revision. */
    @Parameter(property = "strata.range")
    String range;

    @Override
    String command() {
        return "history";
    }

    @Override
    List<String> commandArguments() {
        List<String> args = new ArrayList<>();
        option(args, "--rev-range", range);
        return args;
    }
}
