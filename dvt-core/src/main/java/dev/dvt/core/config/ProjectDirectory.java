package dev.dvt.core.config;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Finds the project root: --project-dir, then DVT_PROJECT_DIR, then the cwd or a parent. */
public final class ProjectDirectory {
    /** How many parents of the cwd are searched, as in DVT. */
    static final int MAX_PARENT_LEVELS = 10;

    private ProjectDirectory() {
    }

    /**
     * @param cliProjectDir the --project-dir value, or null
     * @param env environment (DVT_PROJECT_DIR, then dbt's DBT_PROJECT_DIR)
     * @param cwd the working directory
     */
    public static Path find(Path cliProjectDir, Map<String, String> env, Path cwd) {
        Path explicit = cliProjectDir;
        String source = "--project-dir";
        if (explicit == null) {
            for (String variable : new String[] {"DVT_PROJECT_DIR", "DBT_PROJECT_DIR"}) {
                String value = env.get(variable);
                if (value != null && !value.isBlank()) {
                    explicit = Path.of(value);
                    source = variable;
                    break;
                }
            }
        }
        if (explicit != null) {
            Path dir = cwd.resolve(explicit).toAbsolutePath().normalize();
            if (!Files.isRegularFile(dir.resolve(ProjectConfigReader.FILE_NAME))) {
                throw new DvtException(ErrorCode.CONFIG, "No " + ProjectConfigReader.FILE_NAME
                        + " found in " + dir + " (from " + source + "). Run `dvt init` to create a"
                        + " project, or point " + source + " at a directory holding one");
            }
            return dir;
        }
        Path dir = cwd.toAbsolutePath().normalize();
        for (int level = 0; level <= MAX_PARENT_LEVELS && dir != null; level++) {
            if (Files.isRegularFile(dir.resolve(ProjectConfigReader.FILE_NAME))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new DvtException(ErrorCode.CONFIG, "No " + ProjectConfigReader.FILE_NAME + " found in "
                + cwd.toAbsolutePath().normalize() + " or its " + MAX_PARENT_LEVELS
                + " nearest parents. Run `dvt init` to create a project, or pass --project-dir");
    }
}
