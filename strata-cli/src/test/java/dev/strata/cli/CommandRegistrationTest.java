package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the invoked command is registered with picocli, and whenever picocli would show or suggest other
 * commands (root help, a mistyped or missing command, an unknown root option) all of them are, so that the
 * output is what it was with every command registered.
 */
class CommandRegistrationTest {
    @TempDir
    Path dir;

    private static List<String> registered(String... args) {
        CommandLine commandLine = new CommandLine(new StrataCommand(new Main.Environment(Map.of(), Path.of("."))));
        StrataCommand.addCommands(commandLine, args);
        return List.copyOf(commandLine.getSubcommands().keySet());
    }

    private static List<String> all() {
        return StrataCommand.COMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).toList();
    }

    @Test
    void theInvokedCommandAloneAfterRootOptionsAndTheirValues() {
        assertThat(registered("upgrade")).containsExactly("upgrade");
        assertThat(registered("--url", "postgresql://h/db", "--dir", "current", "-q", "upgrade", "heads"))
                .containsExactly("upgrade");
        assertThat(registered("--dir=x", "history", "-r", "base:head")).containsExactly("history");
    }

    @Test
    void everyCommandWhenPicocliMightListOrSuggestThem() {
        assertThat(registered()).isEqualTo(all());
        assertThat(registered("--help", "upgrade")).isEqualTo(all());
        assertThat(registered("-V")).isEqualTo(all());
        assertThat(registered("upgrad")).isEqualTo(all());
        assertThat(registered("--no-such-option", "upgrade")).isEqualTo(all());
    }

    @Test
    void helpAtTheRootStillListsEveryCommand() {
        Cli.Result help = new Cli(dir).run("--help", "upgrade");
        assertThat(help.code()).isZero();
        for (String name : all()) {
            assertThat(help.out()).contains(name);
        }
    }

    @Test
    void aMistypedCommandIsStillOneLineUsageError() {
        Cli.Result result = new Cli(dir).run("upgrad");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("error: Unmatched argument at index 0: 'upgrad'; see `strata --help`");
    }
}
