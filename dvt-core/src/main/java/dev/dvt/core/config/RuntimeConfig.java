package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a command needs to know about its project and connections, resolved from the CLI,
 * the environment and the config files.
 *
 * @param profiles the selected profile, giving access to every target (rendered on demand)
 * @param target the active target
 * @param cliVars the parsed {@code --vars}
 * @param threads CLI {@code --threads} > the target's {@code threads} > 1
 * @param targetPath absolute; CLI > DVT_TARGET_PATH / DBT_TARGET_PATH > dbt_project.yml
 * @param logPath absolute; CLI > DVT_LOG_PATH / DBT_LOG_PATH > dbt_project.yml
 * @param targetForced true when -t/--target (or DVT_TARGET / DBT_TARGET) chose the target: then it
 *     is also the write target of every model and seed, over their own {@code target} config
 */
public record RuntimeConfig(ProjectConfig project, ProfilesConfig profiles, TargetConfig target,
        ComputesConfig computes, BucketsConfig buckets, Map<String, Object> cliVars, int threads,
        Path targetPath, Path logPath, boolean targetForced) {

    public RuntimeConfig {
        requireNonNull(project, "project is null");
        requireNonNull(profiles, "profiles is null");
        requireNonNull(target, "target is null");
        requireNonNull(computes, "computes is null");
        requireNonNull(buckets, "buckets is null");
        cliVars = Collections.unmodifiableMap(new LinkedHashMap<>(cliVars));
        requireNonNull(targetPath, "targetPath is null");
        requireNonNull(logPath, "logPath is null");
    }

    public String profileName() {
        return profiles.profileName();
    }

    public Path projectRoot() {
        return project.projectRoot();
    }

    /** Every output of the profile, by name (renders the ones not used yet). */
    public Map<String, TargetConfig> targets() {
        return profiles.targets();
    }

    /** Loads with the built-in renderer ({@code env_var()}, {@code var()}, simple filters). */
    public static RuntimeConfig load(CliOverrides cli) {
        return load(cli, BuiltinValueRenderer.INSTANCE);
    }

    /** Loads with {@code renderer} for the Jinja in dbt_project.yml and the profile files. */
    public static RuntimeConfig load(CliOverrides cli, ValueRenderer renderer) {
        Map<String, String> env = cli.env();
        Path projectRoot = ProjectDirectory.find(cli.projectDir(), env, cli.cwd());
        Map<String, Object> cliVars = CliVars.parse(cli.vars());
        RenderContext context = new RenderContext(env, cliVars);
        boolean versionCheck = cli.versionCheck()
                && !"false".equalsIgnoreCase(env.getOrDefault("DBT_VERSION_CHECK", "true"));
        ProjectConfig project = ProjectConfigReader.read(projectRoot, renderer, context,
                versionCheck);

        String profileName = firstOf(cli.profile(), env.get("DVT_PROFILE"), env.get("DBT_PROFILE"),
                project.profile());
        if (profileName == null) {
            throw new DvtException(ErrorCode.PROFILE, "No profile is set: add 'profile:' to "
                    + ProjectConfigReader.FILE_NAME + " or pass --profile", project.file(), 0);
        }
        Path profilesFile = ProfilesConfig.locate(cli.profilesDir(), env, projectRoot,
                cli.userHome());
        String targetName = firstOf(cli.target(), env.get("DVT_TARGET"), env.get("DBT_TARGET"));
        ProfilesConfig profiles = ProfilesConfig.load(profilesFile, profileName, targetName,
                renderer, context);
        TargetConfig target = profiles.activeTarget();
        ComputesConfig computes = ComputesConfig.load(profiles.directory(), profileName, renderer,
                context);
        BucketsConfig buckets = BucketsConfig.load(profiles.directory(), profileName, projectRoot,
                cli.userHome(), renderer, context);

        int threads = cli.threads() != null ? cli.threads() : target.threads();
        if (threads < 1) {
            throw new DvtException(ErrorCode.USAGE, "--threads must be 1 or more, got " + threads);
        }
        Path targetPath = directory(cli.targetPath(), env, "TARGET_PATH", project.targetPath(),
                projectRoot);
        Path logPath = directory(cli.logPath(), env, "LOG_PATH", project.logPath(), projectRoot);
        return new RuntimeConfig(project, profiles, target, computes, buckets, cliVars, threads,
                targetPath, logPath, targetName != null);
    }

    private static Path directory(Path cliValue, Map<String, String> env, String suffix,
            String projectValue, Path projectRoot) {
        String chosen = firstOf(cliValue == null ? null : cliValue.toString(),
                env.get("DVT_" + suffix), env.get("DBT_" + suffix), projectValue);
        return projectRoot.resolve(chosen).toAbsolutePath().normalize();
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
