package dev.dvt.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the repository's example projects for tests to change freely. */
final class Projects {
    private Projects() {
    }

    static Path copyExample(Path work) throws IOException {
        Path source = DvtProcess.repoRoot().resolve("examples/shop");
        Path target = work.resolve("shop");
        try (var files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = source.relativize(file);
                if (relative.startsWith("target") || relative.startsWith("logs") || relative.startsWith(".dvt")) {
                    continue;
                }
                Path destination = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
        return target;
    }
}
