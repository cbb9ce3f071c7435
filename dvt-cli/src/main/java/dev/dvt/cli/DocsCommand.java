package dev.dvt.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dvt docs}: the group holding {@code generate}. */
@Command(name = "docs", description = "Generate documentation artifacts (dvt docs generate).",
        subcommands = DocsGenerateCommand.class, synopsisSubcommandLabel = "COMMAND")
final class DocsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'dvt docs generate'.");
    }
}
