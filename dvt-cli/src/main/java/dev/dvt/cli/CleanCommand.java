package dev.dvt.cli;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.CloudLocation;
import dev.dvt.core.config.BucketConfig;
import dev.dvt.federation.staging.StagingBucket;
import dev.dvt.core.config.RuntimeConfig;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dvt clean}: deletes the project's clean-targets, then the staging data of every
 * bucket (a directory, or the objects under a cloud bucket's prefix); with --bucket or
 * --older-than it cleans staging only.
 */
@Command(name = "clean", description = "Delete the clean-targets folders and federation staging data.")
final class CleanCommand extends BaseCommand {
    private static final Pattern AGE = Pattern.compile("^(\\d+)([hd])$");

    @Option(names = "--bucket", description = "Clean only this bucket's staging data (skips clean-targets).")
    String bucket;

    @Option(names = "--older-than", paramLabel = "AGE", description = "Delete only staging files older than AGE, e.g. 24h or 7d.")
    String olderThan;

    @Option(names = "--clean-project-files-only", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Refuse to delete paths outside the project (default: on).")
    boolean projectFilesOnly;

    @Override
    protected int run() throws IOException {
        Instant cutoff = olderThan == null ? null : Instant.now().minus(parseAge(olderThan));
        RuntimeConfig config = loadConfig();
        if (bucket == null && cutoff == null) {
            for (String target : config.project().cleanTargets()) {
                Path dir = config.projectRoot().resolve(target).normalize();
                if (projectFilesOnly && !dir.startsWith(config.projectRoot())) {
                    throw new DvtException(ErrorCode.USAGE, "clean-targets entry '" + target
                            + "' is outside the project; pass --no-clean-project-files-only to delete it anyway.");
                }
                if (dir.equals(config.projectRoot())) {
                    throw new DvtException(ErrorCode.USAGE, "clean-targets must not name the project directory itself.");
                }
                deleteTree(dir, null);
                info("CheckCleanPath", "Cleaned " + config.projectRoot().relativize(dir) + "/");
            }
        }
        for (var entry : config.buckets().buckets().entrySet()) {
            if (bucket != null && !bucket.equals(entry.getKey())) {
                continue;
            }
            if (entry.getValue() instanceof BucketConfig.Filesystem fs) {
                deleteTree(fs.path(), cutoff);
                info("CleanBucket", "Cleaned staging of bucket '" + entry.getKey() + "' (" + fs.path() + ")");
            } else if (entry.getValue().isCloud()) {
                // Lists and deletes the objects under the bucket's prefix, _state/ included, and the local cache.
                try (StagingBucket staging = StagingBucket.of(entry.getValue(), config.projectRoot())) {
                    int deleted = staging.cleanRemote(cutoff);
                    info("CleanBucket", "Cleaned staging of bucket '" + entry.getKey() + "' ("
                            + CloudLocation.of(entry.getValue()).display() + "): " + deleted + " objects deleted");
                }
            } else {
                info("CleanBucket", "Bucket '" + entry.getKey() + "' is of type " + entry.getValue().type()
                        + ", which dvt clean cannot list; its files were left in place.");
            }
        }
        if (bucket != null && !config.buckets().buckets().containsKey(bucket)) {
            throw new DvtException(ErrorCode.USAGE, "No bucket named '" + bucket + "' in buckets.yml; known buckets: "
                    + String.join(", ", config.buckets().buckets().keySet()));
        }
        info("Finished", "Finished cleaning all paths.");
        return 0;
    }

    static Duration parseAge(String text) {
        Matcher m = AGE.matcher(text.trim());
        if (!m.matches()) {
            throw new DvtException(ErrorCode.USAGE, "--older-than '" + text + "' is not a duration: use hours or days, e.g. 24h or 7d.");
        }
        long amount = Long.parseLong(m.group(1));
        return m.group(2).equals("h") ? Duration.ofHours(amount) : Duration.ofDays(amount);
    }

    // Deletes files under dir (older than cutoff, when given) and then the directories left empty.
    private static void deleteTree(Path dir, Instant cutoff) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (cutoff == null || attrs.lastModifiedTime().toInstant().isBefore(cutoff)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                try (var entries = Files.list(d)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(d);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
