package dev.dvt.cli;

import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The execution commands: each is the shared run with its own resource types. */
final class BuildCommands {
    private BuildCommands() {
    }

    @Command(name = "run", description = "Build the selected models.")
    static final class Run extends ExecutionCommand {
        @Override
        protected Set<String> resourceTypes() {
            return Set.of("model");
        }
    }

    @Command(name = "seed", description = "Load the selected seed files (CSV, Parquet, JSON, ORC).")
    static final class Seed extends ExecutionCommand {
        @Override
        protected Set<String> resourceTypes() {
            return Set.of("seed");
        }
    }

    @Command(name = "snapshot", description = "Run the selected snapshots.")
    static final class Snapshot extends ExecutionCommand {
        @Override
        protected Set<String> resourceTypes() {
            return Set.of("snapshot");
        }
    }

    @Command(name = "test", description = "Run the selected data tests.")
    static final class Test extends ExecutionCommand {
        @Option(names = "--store-failures", description = "Store the failing rows of every test in a table.")
        boolean storeFailures;

        @Override
        protected Set<String> resourceTypes() {
            return Set.of("test");
        }

        @Override
        protected Boolean storeFailures() {
            return storeFailures ? Boolean.TRUE : null;
        }
    }

    @Command(name = "build", description = "Seed, run, snapshot and test the selected nodes in dependency order.")
    static final class Build extends ExecutionCommand {
        @Option(names = "--store-failures", description = "Store the failing rows of every test in a table.")
        boolean storeFailures;

        @Override
        protected Set<String> resourceTypes() {
            return Set.of("model", "seed", "snapshot", "test");
        }

        @Override
        protected boolean testsGateChildren() {
            return true;
        }

        @Override
        protected Boolean storeFailures() {
            return storeFailures ? Boolean.TRUE : null;
        }
    }
}
