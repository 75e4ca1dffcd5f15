package dev.strata.maven;

import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * A goal that reads the model: with {@code [model] jpa-packages}, the entities are the project's own compiled classes,
 * so the project's output directory and runtime classpath are passed as {@code --classpath} (in place of
 * {@code [model] classpath}). Run {@code compile} first: {@code mvn compile strata:check}.
 */
abstract class ModelMojo extends StrataMojo {
    /** The project's output directory, then its runtime dependencies. */
    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
    List<String> classpathElements = new ArrayList<>();

    /** Whether this run reads the model (revision only does with autogenerate). */
    boolean readsModel() {
        return true;
    }

    @Override
    List<String> arguments() {
        List<String> args = super.arguments();
        if (readsModel()) {
            for (String element : classpathElements) {
                args.add("--classpath");
                args.add(element);
            }
        }
        return args;
    }
}
