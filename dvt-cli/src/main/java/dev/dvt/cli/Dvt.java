package dev.dvt.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Entry point of the {@code dvt} command line. */
@Command(name = "dvt", mixinStandardHelpOptions = true, versionProvider = DvtVersion.class,
        description = "Build dbt projects, across several databases at once.",
        subcommands = {CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class Dvt implements Runnable {
    @Mixin
    final GlobalOptions globals = new GlobalOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns dbt's exit code: 0 success, 1 handled failure, 2 usage or crash. */
    public static int execute(String... args) {
        CommandLine cli = newCommandLine();
        return cli.execute(args);
    }

    static CommandLine newCommandLine() {
        Dvt root = new Dvt();
        CommandLine cli = new CommandLine(root);
        Commands.register(cli);
        cli.setExecutionExceptionHandler(new ErrorHandler(root.globals));
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
