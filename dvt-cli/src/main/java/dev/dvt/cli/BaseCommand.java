package dev.dvt.cli;

import dev.dvt.core.DvtException;
import dev.dvt.core.config.CliOverrides;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.events.Event;
import dev.dvt.core.events.Events;
import dev.dvt.core.events.Level;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Shared frame of every command: sets up console and log output, reports a {@link DvtException}
 * as one paragraph with dbt's exit code, and loads the project configuration on request.
 */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private Output output;

    @Override
    public final Integer call() throws Exception {
        GlobalOptions globals = globals();
        try (Output out = new Output(globals, System.out)) {
            output = out;
            try {
                return run();
            } catch (DvtException e) {
                Events.fire(Event.of("DebugStackTrace", Level.DEBUG, stackTrace(e)));
                Events.error("MainEncounteredError", "Encountered an error:\n" + e.describe());
                return e.code().exitCode();
            }
        }
    }

    /** Runs the command and returns its exit code. */
    protected abstract int run() throws Exception;

    protected GlobalOptions globals() {
        return ((Dvt) spec.root().userObject()).globals;
    }

    protected String invocationId() {
        return output.invocationId();
    }

    /** Loads the project, profile, computes and buckets, and starts dvt.log in the project's log path. */
    protected RuntimeConfig loadConfig() {
        GlobalOptions g = globals();
        CliOverrides cli = CliOverrides.fromEnvironment();
        cli = new CliOverrides(path(g.projectDir), path(g.profilesDir), g.profile, g.target, g.vars, g.threads,
                path(g.targetPath), path(g.logPath), !g.noVersionCheck, cli.env(), cli.userHome(), cli.cwd());
        RuntimeConfig config = RuntimeConfig.load(cli);
        output.startLogFile(config.logPath(), g);
        return config;
    }

    /** Loads only dbt_project.yml, for commands that need no connection (deps). */
    protected dev.dvt.core.config.ProjectConfig loadProjectOnly() {
        GlobalOptions g = globals();
        CliOverrides cli = CliOverrides.fromEnvironment();
        Path root = dev.dvt.core.config.ProjectDirectory.find(path(g.projectDir), cli.env(), cli.cwd());
        var context = new dev.dvt.core.config.RenderContext(cli.env(), dev.dvt.core.config.CliVars.parse(g.vars));
        var project = dev.dvt.core.config.ProjectConfigReader.read(root, dev.dvt.core.config.BuiltinValueRenderer.INSTANCE,
                context, !g.noVersionCheck);
        output.startLogFile(g.logPath != null ? Path.of(g.logPath) : project.resolve(project.logPath()), g);
        return project;
    }

    protected static void info(String name, String message) {
        Events.info(name, message);
    }

    /** The command's own result (ls, show): printed bare, and kept with --quiet. */
    protected static void printResult(String line) {
        Events.fire(Event.of(dev.dvt.cli.output.OutputEvents.RAW, Level.INFO, line));
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }

    private static String stackTrace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
