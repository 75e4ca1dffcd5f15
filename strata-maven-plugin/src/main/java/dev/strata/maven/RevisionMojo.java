package dev.strata.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code strata revision}: writes a new migration; with {@code autogenerate}, its upgrade and downgrade are the
 * difference between the model (the project's compiled entities) and the database at head. Run {@code compile}
 * first: {@code mvn compile strata:revision -Dstrata.autogenerate -Dstrata.message="add phone"}.
 */
@Mojo(name = "revision", requiresProject = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class RevisionMojo extends ModelMojo {
    /** What the migration does (required). */
    @Parameter(property = "strata.message")
    String message;

    /** Writes the migration from the difference between the model and the database at head. */
    @Parameter(property = "strata.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** With autogenerate: TABLE.OLD=NEW (a column) or OLD=NEW (a table) is a rename, not a drop and an add. */
    @Parameter(property = "strata.rename")
    List<String> rename = new ArrayList<>();

    @Override
    String command() {
        return "revision";
    }

    @Override
    boolean readsModel() {
        return autogenerate;
    }

    @Override
    List<String> commandArguments() {
        List<String> args = new ArrayList<>();
        option(args, "-m", message);
        if (autogenerate) {
            args.add("--autogenerate");
        }
        for (String pair : rename) {
            option(args, "--rename", pair);
        }
        return args;
    }
}
