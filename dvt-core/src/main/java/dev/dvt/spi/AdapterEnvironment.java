package dev.dvt.spi;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.config.QuotingConfig;
import java.nio.file.Path;

/**
 * What an adapter needs to know about the run besides its target: the project directory
 * (relative paths in the profile resolve against it), how many threads will use it, and the
 * project's {@code quoting:} (unset parts take the adapter's default).
 */
public record AdapterEnvironment(Path projectDir, int threads, QuotingConfig quoting) {
    public AdapterEnvironment {
        requireNonNull(projectDir, "projectDir is null");
        requireNonNull(quoting, "quoting is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    public static AdapterEnvironment of(Path projectDir, int threads) {
        return new AdapterEnvironment(projectDir, threads, QuotingConfig.UNSET);
    }
}
