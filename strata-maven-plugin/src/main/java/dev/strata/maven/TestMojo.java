package dev.strata.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/** {@code strata test}: the built-in migration test suite against a scratch database on the configured server. Run {@code compile} first. */
@Mojo(name = "test", requiresProject = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class TestMojo extends ModelMojo {
    @Override
    String command() {
        return "test";
    }

    @Override
    List<String> commandArguments() {
        return List.of();
    }
}
