package dev.dvt.core.deps;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the {@code git} command-line client, as dbt does for git packages. */
final class GitCli {
    private static final Logger LOG = LoggerFactory.getLogger(GitCli.class);
    /** user:password@ or token@ in an https URL; never shown in messages. */
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(://)[^/@\\s]+@");

    private final String executable;

    GitCli(String executable) {
        this.executable = executable;
    }

    GitCli() {
        this("git");
    }

    void cloneInto(String url, Path directory) {
        run(null, "clone", "--quiet", "--", url, directory.toString());
    }

    /** Checks out a branch, tag or commit; a branch is taken from the remote. */
    void checkout(Path repository, String revision) {
        run(repository, "-c", "advice.detachedHead=false", "checkout", "--quiet", revision);
    }

    String head(Path repository) {
        return run(repository, "rev-parse", "HEAD").strip();
    }

    private String run(Path directory, String... args) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        LOG.debug("git {}", redact(String.join(" ", args)));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new DvtException(ErrorCode.RUNTIME, "git " + redact(String.join(" ", args))
                        + " failed (exit " + exit + "): " + redact(output.strip()));
            }
            return output;
        } catch (IOException e) {
            throw new DvtException(ErrorCode.RUNTIME, "Cannot run '" + executable + "': " + e.getMessage()
                    + "; install git and make sure it is on the PATH to use git packages", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DvtException(ErrorCode.RUNTIME, "Interrupted while running git", e);
        }
    }

    static String redact(String text) {
        return URL_CREDENTIALS.matcher(text).replaceAll("$1***@");
    }
}
