package dev.dvt.federation.seed;

import static java.util.Objects.requireNonNull;

import dev.dvt.federation.compute.InputFormat;
import dev.dvt.federation.runner.FederationTarget;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One seed file to load through a compute.
 *
 * @param uniqueId the seed, named in errors and in the staging directory
 * @param file the seed file on disk
 * @param format how the compute reads it
 * @param target the table it is loaded into, on its target
 * @param columnTypes {@code column_types}: column name to a type in the target's words
 * @param fullRefresh drop and recreate the table instead of truncating it
 * @param empty create the table without rows ({@code --empty})
 */
public record SeedJob(String uniqueId, Path file, InputFormat format, FederationTarget target,
        Map<String, String> columnTypes, boolean fullRefresh, boolean empty) {
    public SeedJob {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(file, "file is null");
        requireNonNull(format, "format is null");
        requireNonNull(target, "target is null");
        columnTypes = new LinkedHashMap<>(requireNonNull(columnTypes, "columnTypes is null"));
    }
}
