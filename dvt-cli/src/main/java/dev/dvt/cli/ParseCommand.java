package dev.dvt.cli;

import dev.dvt.core.config.RuntimeConfig;
import picocli.CommandLine.Command;

/** {@code dvt parse}: reads the project and writes target/manifest.json. */
@Command(name = "parse", description = "Parse the project and write target/manifest.json.")
final class ParseCommand extends BaseCommand {
    @Override
    protected int run() {
        RuntimeConfig config = loadConfig();
        ProjectSession session = ProjectSession.open(config, globals(), invocationId());
        session.reportFound();
        info("ArtifactWritten", "Wrote " + config.projectRoot().relativize(config.targetPath().resolve("manifest.json")));
        return 0;
    }
}
