package dev.strata.maven;

import org.apache.maven.plugins.annotations.Mojo;

import java.util.List;

/** {@code strata current}: the revision(s) the database is at. */
@Mojo(name = "current", requiresProject = true)
public class CurrentMojo extends StrataMojo {
    @Override
    String command() {
        return "current";
    }

    @Override
    List<String> commandArguments() {
        return List.of();
    }
}
