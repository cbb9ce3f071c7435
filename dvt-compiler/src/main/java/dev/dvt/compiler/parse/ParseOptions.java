package dev.dvt.compiler.parse;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.UUID;

/**
 * How to parse.
 *
 * @param partialParse reuse {@code target/partial_parse.bin} (false for {@code --no-partial-parse})
 * @param writeArtifacts write {@code target/manifest.json} and the partial-parse cache
 * @param invocationId the run's id, written to the manifest's metadata
 * @param env the environment for {@code env_var()} and {@code DBT_ENV_CUSTOM_ENV_*} metadata
 * @param threads how many files to render at once
 */
public record ParseOptions(boolean partialParse, boolean writeArtifacts, String invocationId, Map<String, String> env,
        int threads) {
    public ParseOptions {
        requireNonNull(invocationId, "invocationId is null");
        env = Map.copyOf(requireNonNull(env, "env is null"));
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more");
        }
    }

    /** Partial parsing on, artifacts written, the process environment, one thread per core. */
    public static ParseOptions defaults() {
        return new ParseOptions(true, true, UUID.randomUUID().toString(), System.getenv(),
                Runtime.getRuntime().availableProcessors());
    }

    public ParseOptions withPartialParse(boolean value) {
        return new ParseOptions(value, writeArtifacts, invocationId, env, threads);
    }

    public ParseOptions withWriteArtifacts(boolean value) {
        return new ParseOptions(partialParse, value, invocationId, env, threads);
    }

    public ParseOptions withEnv(Map<String, String> value) {
        return new ParseOptions(partialParse, writeArtifacts, invocationId, value, threads);
    }

    public ParseOptions withThreads(int value) {
        return new ParseOptions(partialParse, writeArtifacts, invocationId, env, value);
    }
}
