package dev.dvt.compiler.parse;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One entry of a {@code tests:}/{@code data_tests:} list in properties YAML.
 *
 * @param yamlKey {@code models}, {@code seeds}, {@code snapshots} or {@code sources}
 * @param targetName the model/seed/snapshot name, or the source name for source tests
 * @param tableName the source table for source tests, else null
 * @param version the model version the test is on, or null
 * @param columnName the column for column tests, else null
 * @param definition the entry as written: a test name or a one-key map
 * @param originalFilePath the YAML file, from its package root
 */
record TestDeclaration(String packageName, String yamlKey, String targetName, String tableName, Object version,
        String columnName, Object definition, Path file, String originalFilePath, int line) {
    TestDeclaration {
        requireNonNull(packageName, "packageName is null");
        requireNonNull(yamlKey, "yamlKey is null");
        requireNonNull(targetName, "targetName is null");
        requireNonNull(definition, "definition is null");
        requireNonNull(file, "file is null");
        requireNonNull(originalFilePath, "originalFilePath is null");
    }

    boolean onSource() {
        return yamlKey.equals("sources");
    }
}
