package dev.strata.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The harness's command line. */
record Options(List<Integer> sizes, int runs, List<Tool> tools, boolean toolsGiven, List<Scenario> scenarios,
               DbUrl url, boolean markdown, List<String> jvmArgs, long timeoutSeconds, boolean keep,
               int tables, List<SchemaWorkload.Shape> shapes, int heapTables, String jit, int loadRows) {

    static final String USAGE = """
            usage: BenchmarkMain [options]
              --n 100,1000          numbers of migrations (default 1000)
              --runs 5              fresh JVMs per figure; the report shows the median and min-max (default 5)
              --tools LIST          strata,strata-launcher,flyway,liquibase,floor,floor-1tx,psql (the default;
                                    psql if on PATH) and liquibase-sql (Liquibase with one formatted SQL changelog);
                                    strata-launcher is Strata as ./strata runs it (its class-data archive and
                                    JVM options): compare it with a floor given the same options by --jvm-args
              --scenarios LIST      apply,uptodate,status,introspect,diff,heap10k (default: all of these)
                                    and load (on request; `--scenario load` runs it alone, a few minutes):
                                    schema changes under a concurrent workload, naive vs the Strata way
              --load-rows 1000000   rows of the table that the load scenario changes (default 1000000)
              --tables 2000         tables of the large schema that introspect and diff read (default 2000)
              --shapes LIST         foreign-key shapes of that schema: tree,chain (default: both)
              --heap-tables 10000   tables of the schema that heap10k reads with -Xmx512m (default 10000)
              --jit on|off          PostgreSQL's JIT in those schema databases (ALTER DATABASE ... SET jit);
                                    default: as the server is configured
              --url URL             server and user, postgresql://user[:password]@host:port[/admin-db]
                                    (default postgresql://postgres@127.0.0.1:5432/postgres)
              --jvm-args "ARGS"     extra JVM options for every child, e.g. "-Xmx512m" (default none)
              --timeout SECONDS     give up on a child after this long (default 1800)
              --markdown            also print the tables as Markdown
              --keep                keep the generated workload and the children's logs
            """;

    static Options parse(String... args) {
        List<Integer> sizes = List.of(1000);
        int runs = 5;
        List<Tool> tools = Tool.defaults();
        boolean toolsGiven = false;
        List<Scenario> scenarios = Scenario.defaults();
        DbUrl url = DbUrl.parse("postgresql://postgres@127.0.0.1:5432/postgres");
        boolean markdown = false;
        List<String> jvmArgs = List.of();
        long timeout = 1800;
        boolean keep = false;
        int tables = 2000;
        List<SchemaWorkload.Shape> shapes = List.of(SchemaWorkload.Shape.values());
        int heapTables = 10_000;
        String jit = null;
        int loadRows = 1_000_000;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--n" -> sizes = split(value(args, ++i, arg)).stream().map(s -> positive(s, arg)).toList();
                case "--runs" -> runs = positive(value(args, ++i, arg), arg);
                case "--tools" -> {
                    tools = split(value(args, ++i, arg)).stream().map(Tool::parse).distinct().toList();
                    toolsGiven = true;
                }
                case "--scenarios", "--scenario" -> scenarios = split(value(args, ++i, arg)).stream().map(Scenario::parse)
                        .distinct().sorted().toList();
                case "--url" -> url = DbUrl.parse(value(args, ++i, arg));
                case "--markdown" -> markdown = true;
                case "--jvm-args" -> jvmArgs = split(value(args, ++i, arg), "\\s+");
                case "--timeout" -> timeout = positive(value(args, ++i, arg), arg);
                case "--keep" -> keep = true;
                case "--tables" -> tables = positive(value(args, ++i, arg), arg);
                case "--shapes" -> shapes = split(value(args, ++i, arg)).stream().map(SchemaWorkload.Shape::parse)
                        .distinct().sorted().toList();
                case "--heap-tables" -> heapTables = positive(value(args, ++i, arg), arg);
                case "--load-rows" -> loadRows = positive(value(args, ++i, arg), arg);
                case "--jit" -> {
                    jit = value(args, ++i, arg).trim().toLowerCase(java.util.Locale.ROOT);
                    if (!jit.equals("on") && !jit.equals("off")) {
                        throw new IllegalArgumentException("--jit wants on or off, got '" + jit + "'");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        return new Options(sizes, runs, tools, toolsGiven, scenarios, url, markdown, jvmArgs, timeout, keep,
                tables, shapes, heapTables, jit, loadRows);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static List<String> split(String text) {
        return split(text, ",");
    }

    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>(Arrays.asList(text.trim().split(separator)));
        parts.removeIf(String::isBlank);
        return List.copyOf(parts);
    }

    private static int positive(String text, String option) {
        try {
            int value = Integer.parseInt(text.trim().replace("_", "").replace(",", ""));
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        throw new IllegalArgumentException(option + " wants a positive whole number, got '" + text + "'");
    }
}
