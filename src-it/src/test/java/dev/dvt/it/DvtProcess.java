package dev.dvt.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real fat jar ({@code dvt-cli/target/dvt.jar}) as a user would, and captures its output. */
public final class DvtProcess {
    private DvtProcess() {
    }

    public record Result(int exitCode, String output) {
    }

    public static Path repoRoot() {
        return Path.of(System.getProperty("dvt.repo.root", "..")).toAbsolutePath().normalize();
    }

    public static Result run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return runWithJvmOptions(workDir, env, List.of(), args);
    }

    /** Like {@link #run}, with JVM options such as {@code -Duser.home=…} (where ~/.dvt is). */
    public static Result runWithJvmOptions(Path workDir, Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        Path jar = repoRoot().resolve("dvt-cli/target/dvt.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -DskipTests package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().remove("CI");
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("dvt " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
