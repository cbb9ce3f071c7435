package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;

/**
 * The command-line values that shape a {@link RuntimeConfig}, plus the process environment and
 * directories, passed in so tests need not touch the real ones. Null means "not given".
 *
 * @param vars the raw {@code --vars} text (YAML or JSON)
 * @param versionCheck false for {@code --no-version-check}
 */
public record CliOverrides(Path projectDir, Path profilesDir, String profile, String target,
        String vars, Integer threads, Path targetPath, Path logPath, boolean versionCheck,
        Map<String, String> env, Path userHome, Path cwd) {
    public CliOverrides {
        env = Map.copyOf(requireNonNull(env, "env is null"));
        requireNonNull(userHome, "userHome is null");
        requireNonNull(cwd, "cwd is null");
    }

    /** No flags; the real environment, {@code user.home} and {@code user.dir}. */
    public static CliOverrides fromEnvironment() {
        return none(System.getenv(), Path.of(System.getProperty("user.home")),
                Path.of(System.getProperty("user.dir")));
    }

    /** No flags, with the given environment and directories. */
    public static CliOverrides none(Map<String, String> env, Path userHome, Path cwd) {
        return new CliOverrides(null, null, null, null, null, null, null, null, true, env,
                userHome, cwd);
    }

    public CliOverrides withProjectDir(Path value) {
        return new CliOverrides(value, profilesDir, profile, target, vars, threads, targetPath,
                logPath, versionCheck, env, userHome, cwd);
    }

    public CliOverrides withProfilesDir(Path value) {
        return new CliOverrides(projectDir, value, profile, target, vars, threads, targetPath,
                logPath, versionCheck, env, userHome, cwd);
    }

    public CliOverrides withProfile(String value) {
        return new CliOverrides(projectDir, profilesDir, value, target, vars, threads, targetPath,
                logPath, versionCheck, env, userHome, cwd);
    }

    public CliOverrides withTarget(String value) {
        return new CliOverrides(projectDir, profilesDir, profile, value, vars, threads, targetPath,
                logPath, versionCheck, env, userHome, cwd);
    }

    public CliOverrides withVars(String value) {
        return new CliOverrides(projectDir, profilesDir, profile, target, value, threads,
                targetPath, logPath, versionCheck, env, userHome, cwd);
    }

    public CliOverrides withThreads(Integer value) {
        return new CliOverrides(projectDir, profilesDir, profile, target, vars, value, targetPath,
                logPath, versionCheck, env, userHome, cwd);
    }

    public CliOverrides withTargetPath(Path value) {
        return new CliOverrides(projectDir, profilesDir, profile, target, vars, threads, value,
                logPath, versionCheck, env, userHome, cwd);
    }

    public CliOverrides withLogPath(Path value) {
        return new CliOverrides(projectDir, profilesDir, profile, target, vars, threads,
                targetPath, value, versionCheck, env, userHome, cwd);
    }

    public CliOverrides withVersionCheck(boolean value) {
        return new CliOverrides(projectDir, profilesDir, profile, target, vars, threads,
                targetPath, logPath, value, env, userHome, cwd);
    }
}
