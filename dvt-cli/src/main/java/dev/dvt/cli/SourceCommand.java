package dev.dvt.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dvt source}: the group holding {@code freshness}. */
@Command(name = "source", description = "Source commands (dvt source freshness).",
        subcommands = SourceFreshnessCommand.class, synopsisSubcommandLabel = "COMMAND")
final class SourceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'dvt source freshness'.");
    }
}
