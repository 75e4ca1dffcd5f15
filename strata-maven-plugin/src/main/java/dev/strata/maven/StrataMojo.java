package dev.strata.maven;

import dev.strata.cli.Main;
import dev.strata.runtime.config.DatabaseUrl;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A goal that runs one {@code strata} command in-process, so that the plugin and the command line share strata.toml,
 * the precedence of settings (parameter &gt; {@code STRATA_URL} &gt; {@code DATABASE_URL} &gt; config file), the
 * output and the exit codes: 1 (a check found something) fails the build with a {@link MojoFailureException}, 2 and 3
 * (bad input, the database) with a {@link MojoExecutionException}, each carrying the command's one-line message.
 */
abstract class StrataMojo extends AbstractMojo {
    /** The config file; it must exist, as the project's settings live there. */
    @Parameter(property = "strata.configFile", defaultValue = "${project.basedir}/strata.toml")
    File configFile;

    /** The database (overrides STRATA_URL, DATABASE_URL and strata.toml). A password belongs in STRATA_PASSWORD. */
    @Parameter(property = "strata.url")
    String url;

    /** The migrations directory (default: what strata.toml says, else {@code migrations}). */
    @Parameter(property = "strata.dir")
    String dir;

    /** A named environment of strata.toml ({@code [environments.NAME]}). */
    @Parameter(property = "strata.env")
    String env;

    /** Output: text or json (lint also sarif). */
    @Parameter(property = "strata.format")
    String format;

    /** Skips the goal. */
    @Parameter(property = "strata.skip", defaultValue = "false")
    boolean skip;

    /** Where relative paths and the embedded default database are resolved, as the working directory is for the CLI. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The command's name, as typed after {@code strata}. */
    abstract String command();

    /** The command's own arguments, after its name. */
    abstract List<String> commandArguments();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("strata " + command() + " skipped (strata.skip)");
            return;
        }
        List<String> args = arguments();
        if (getLog().isDebugEnabled()) {
            getLog().debug("strata " + DatabaseUrl.redact(String.join(" ", args)));
        }
        LogWriter out = new LogWriter(line -> getLog().info(line));
        List<String> errors = new ArrayList<>();
        LogWriter err = new LogWriter(line -> {
            if (line.startsWith("error: ")) {
                errors.add(line.substring("error: ".length()));
            } else {
                getLog().warn(line);
            }
        });
        int code;
        try (PrintWriter outWriter = new PrintWriter(out, true); PrintWriter errWriter = new PrintWriter(err, true)) {
            code = Main.run(outWriter, errWriter, System.getenv(), basedir.toPath().toAbsolutePath(), args.toArray(String[]::new));
        }
        String message = errors.isEmpty() ? null : String.join("; ", errors);
        switch (code) {
            case 0 -> {
                for (String error : errors) {
                    getLog().error(error);
                }
            }
            case 1 -> throw new MojoFailureException(message != null ? message
                    : "strata " + command() + " found something: " + out.firstLine().replaceAll(":$", "") + " (see the log above)");
            default -> throw new MojoExecutionException(message != null ? message
                    : "strata " + command() + " failed with exit " + code);
        }
    }

    /** The whole command line: global options, the command, its arguments. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        args.add("--config");
        args.add(configFile.getPath());
        option(args, "--url", url);
        option(args, "--dir", dir);
        option(args, "--env", env);
        option(args, "--format", format);
        if (getLog().isDebugEnabled()) {
            args.add("--verbose");
        }
        args.add(command());
        args.addAll(commandArguments());
        return args;
    }

    static void option(List<String> args, String name, String value) {
        if (value != null && !value.isBlank()) {
            args.add(name);
            args.add(value);
        }
    }
}
