package dev.strata.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/** {@code strata check}: exits 1, failing the build, when the model (the project's compiled entities) and the database at head differ, listing every difference. Run {@code compile} first. */
@Mojo(name = "check", requiresProject = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends ModelMojo {
    @Override
    String command() {
        return "check";
    }

    @Override
    List<String> commandArguments() {
        return List.of();
    }
}
