package dev.dvt.compiler.parse;

import dev.dvt.core.config.CliOverrides;
import dev.dvt.core.config.RuntimeConfig;
import java.nio.file.Path;

/**
 * Parses a project (see {@code bench/generate_project.py}) once and prints the figures; run by
 * {@code bench/run_parse_benchmark.sh} in a fresh JVM so start-up is part of the measurement.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Path project = Path.of(args[0]).toAbsolutePath();
        boolean partial = args.length < 2 || !args[1].equals("--no-partial-parse");
        RuntimeConfig config = RuntimeConfig.load(CliOverrides.fromEnvironment().withProjectDir(project)
                .withProfilesDir(project));
        ParsedProject parsed = ProjectParser.parse(config, ParseOptions.defaults().withPartialParse(partial));
        System.out.printf("  %d nodes, %d rendered files, %d reused; parse() %d ms after JVM start%n",
                parsed.manifest().getNodes().size(), parsed.renderedFiles(), parsed.reusedFiles(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
