package dev.dvt.cli;

import picocli.CommandLine;

/** The commands DVT offers; each is registered only once it really works. */
final class Commands {
    private Commands() {
    }

    static void register(CommandLine cli) {
        cli.addSubcommand(new InitCommand());
        cli.addSubcommand(new CleanCommand());
        cli.addSubcommand(new SyncCommand());
        cli.addSubcommand(new DepsCommand());
        cli.addSubcommand(new ParseCommand());
        cli.addSubcommand(new CompileCommand());
        cli.addSubcommand(new ListCommand());
        cli.addSubcommand(new DebugCommand());
        cli.addSubcommand(new BuildCommands.Run());
        cli.addSubcommand(new BuildCommands.Build());
        cli.addSubcommand(new BuildCommands.Seed());
        cli.addSubcommand(new BuildCommands.Test());
        cli.addSubcommand(new BuildCommands.Snapshot());
        cli.addSubcommand(new ShowCommand());
        cli.addSubcommand(new RetryCommand());
        cli.addSubcommand(new RunOperationCommand());
        cli.addSubcommand(new DocsCommand());
        cli.addSubcommand(new SourceCommand());
    }
}
