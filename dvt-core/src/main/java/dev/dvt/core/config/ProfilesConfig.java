package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.yaml.YamlDocument;
import dev.dvt.core.yaml.YamlFiles;
import dev.dvt.core.yaml.YamlMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The selected profile of a profiles.yml: its outputs and the active one. Outputs are rendered
 * when first asked for, so a missing env var in an output that is never used does not fail the
 * command (dbt renders only the active output; DVT may need others for federation).
 */
public final class ProfilesConfig {
    public static final String FILE_NAME = "profiles.yml";

    private final Path file;
    private final String profileName;
    private final String targetName;
    private final YamlMap outputs;
    private final ValueRenderer renderer;
    private final RenderContext context;
    private final Map<String, TargetConfig> rendered = new LinkedHashMap<>();

    private ProfilesConfig(Path file, String profileName, String targetName, YamlMap outputs,
            ValueRenderer renderer, RenderContext context) {
        this.file = file;
        this.profileName = profileName;
        this.targetName = targetName;
        this.outputs = outputs;
        this.renderer = renderer;
        this.context = context;
    }

    /**
     * Where profiles.yml is read from: {@code --profiles-dir} > DVT_PROFILES_DIR >
     * DBT_PROFILES_DIR > the project dir (when it holds one) > {@code <userHome>/.dvt}.
     */
    public static Path locate(Path cliProfilesDir, Map<String, String> env, Path projectDir,
            Path userHome) {
        Path explicit = cliProfilesDir;
        String source = "--profiles-dir";
        for (String variable : new String[] {"DVT_PROFILES_DIR", "DBT_PROFILES_DIR"}) {
            String value = env.get(variable);
            if (explicit == null && value != null && !value.isBlank()) {
                explicit = Path.of(value);
                source = variable;
            }
        }
        if (explicit != null) {
            Path candidate = explicit.toAbsolutePath().normalize().resolve(FILE_NAME);
            if (!Files.isRegularFile(candidate)) {
                throw new DvtException(ErrorCode.PROFILE, "No " + FILE_NAME + " in "
                        + candidate.getParent() + " (from " + source + "). Run `dvt init` to"
                        + " create one, or point " + source + " at the directory holding it");
            }
            return candidate;
        }
        List<Path> searched = new ArrayList<>();
        if (projectDir != null) {
            searched.add(projectDir.resolve(FILE_NAME));
        }
        searched.add(userHome.resolve(".dvt").resolve(FILE_NAME));
        for (Path candidate : searched) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new DvtException(ErrorCode.PROFILE, "No " + FILE_NAME + " found; looked in "
                + searched.stream().map(p -> p.getParent().toString()).toList()
                + ". Run `dvt init` to create one, or pass --profiles-dir");
    }

    /**
     * Reads {@code file} and selects {@code profileName} and its target: {@code cliTarget} >
     * the profile's {@code target:} > its only output.
     */
    public static ProfilesConfig load(Path file, String profileName, String cliTarget,
            ValueRenderer renderer, RenderContext context) {
        requireNonNull(profileName, "profileName is null");
        YamlDocument document = YamlFiles.read(file);
        YamlMap root = document.rootMap();
        List<String> known = root.keys().stream().filter(k -> !k.equals("config")).sorted()
                .toList();
        if (!known.contains(profileName)) {
            throw new DvtException(ErrorCode.PROFILE, "Profile '" + profileName + "' is not in "
                    + file + ". Profiles there: " + (known.isEmpty() ? "none" : known)
                    + ". Set 'profile:' in dbt_project.yml or pass --profile", file, 0);
        }
        YamlMap profile = root.map(profileName).orElseThrow(() -> root.error(profileName,
                "Profile '" + profileName + "' is empty; it needs 'target:' and 'outputs:'"));
        YamlMap outputs = profile.map("outputs").orElseThrow(() -> profile.error("outputs",
                "Profile '" + profileName + "' has no 'outputs:'"));
        if (outputs.keys().isEmpty()) {
            throw profile.error("outputs", "Profile '" + profileName + "' has no outputs");
        }
        String target = cliTarget;
        if (target == null && profile.has("target")) {
            Object value = profile.get("target");
            if (value instanceof String text) {
                value = renderer.render(text, context.at(file, profile.line("target"),
                        profileName + ".target"));
            }
            target = String.valueOf(value);
        }
        if (target == null) {
            if (outputs.keys().size() != 1) {
                throw profile.error(ErrorCode.PROFILE, profileName, "Profile '" + profileName
                        + "' has no 'target:' and several outputs " + sortedNames(outputs)
                        + "; set 'target:' or pass --target");
            }
            target = outputs.keys().iterator().next();
        }
        if (!outputs.keys().contains(target)) {
            int line = cliTarget == null ? profile.line("target") : outputs.line();
            throw new DvtException(ErrorCode.PROFILE, "Target '" + target + "' is not an output of"
                    + " profile '" + profileName + "'. Outputs: " + sortedNames(outputs), file,
                    line);
        }
        ProfilesConfig config = new ProfilesConfig(file, profileName, target, outputs, renderer,
                context);
        config.target(target);
        return config;
    }

    private static List<String> sortedNames(YamlMap map) {
        return map.keys().stream().sorted().toList();
    }

    public Path file() {
        return file;
    }

    /** The directory of the profiles.yml in use; computes.yml and buckets.yml live there too. */
    public Path directory() {
        return file.getParent();
    }

    public String profileName() {
        return profileName;
    }

    /** Name of the active output. */
    public String targetName() {
        return targetName;
    }

    public List<String> targetNames() {
        return List.copyOf(outputs.keys());
    }

    public TargetConfig activeTarget() {
        return target(targetName);
    }

    /** Every output, rendered; fails on the first that cannot be. */
    public Map<String, TargetConfig> targets() {
        Map<String, TargetConfig> all = new LinkedHashMap<>();
        for (String name : outputs.keys()) {
            all.put(name, target(name));
        }
        return all;
    }

    /** One output by name, rendered on first use. */
    public synchronized TargetConfig target(String name) {
        TargetConfig cached = rendered.get(name);
        if (cached != null) {
            return cached;
        }
        if (!outputs.keys().contains(name)) {
            throw new DvtException(ErrorCode.PROFILE, "Target '" + name + "' is not an output of"
                    + " profile '" + profileName + "'. Outputs: " + sortedNames(outputs), file,
                    outputs.line());
        }
        YamlMap output = outputs.map(name).orElseThrow(() -> outputs.error(ErrorCode.PROFILE, name,
                "Output '" + name + "' of profile '" + profileName + "' is empty; it needs 'type:'"));
        YamlTreeRenderer.render(output.document(), output.raw(), List.of(output.path().split("\\.")),
                renderer, context);
        TargetConfig target = toTarget(name, output);
        rendered.put(name, target);
        return target;
    }

    private TargetConfig toTarget(String name, YamlMap output) {
        String type = output.string("type").orElseThrow(() -> output.error(ErrorCode.PROFILE,
                "type", "Output '" + name + "' of profile '" + profileName + "' has no 'type:'"
                        + " (e.g. postgres, duckdb, mysql)"));
        int threads = output.positive("threads", 1);
        String schema = output.string("schema").orElseGet(() -> output.string("dataset")
                .orElse(null));
        String database = output.string("database").orElseGet(() -> output.string("dbname")
                .orElse(null));
        Map<String, Object> options = new LinkedHashMap<>(output.raw());
        options.keySet().removeAll(List.of("type", "threads", "schema", "database"));
        if ("duckdb".equalsIgnoreCase(type)) {
            // dbt-duckdb fills these in, and projects such as jaffle_shop_duckdb rely on it.
            schema = schema == null ? "main" : schema;
            database = database == null ? duckDbCatalog(options.get("path")) : database;
        }
        return new TargetConfig(name, type, threads, schema, database, options);
    }

    /** DuckDB names the catalog of a database file after the file's stem; in-memory is "memory". */
    static String duckDbCatalog(Object path) {
        String text = path == null ? "" : path.toString().strip();
        if (text.isEmpty() || text.startsWith(":memory:")) {
            return "memory";
        }
        String file = text.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    @Override
    public String toString() {
        return "ProfilesConfig[file=" + file + ", profile=" + profileName + ", target="
                + targetName + ", outputs=" + outputs.keys() + "]";
    }
}
