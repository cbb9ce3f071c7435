package dev.dvt.compiler.parse;

import dev.dvt.core.config.CliOverrides;
import dev.dvt.core.config.RuntimeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A dbt project written into a temporary directory, with a DuckDB profile of two outputs. */
public final class TestingProject {

    /** Generic tests written as project macros (DVT's built-in ones live in another package). */
    public static final String GENERIC_TESTS = """
            {% test not_null(model, column_name) %}select * from {{ model }} where {{ column_name }} is null{% endtest %}
            {% test unique(model, column_name) %}select {{ column_name }} from {{ model }} group by 1 having count(*) > 1{% endtest %}
            {% test accepted_values(model, column_name, values, quote=True) %}select 1{% endtest %}
            {% test relationships(model, column_name, to, field) %}select 1 from {{ to }}{% endtest %}
            {% macro get_where_subquery(relation) %}{{ return(relation) }}{% endmacro %}
            """;

    private final Path root;
    private final Map<String, String> env = new LinkedHashMap<>();
    private String vars;

    public TestingProject(Path root, String name) {
        this.root = root;
        write("dbt_project.yml", "name: " + name + "\nprofile: test\nconfig-version: 2\n");
        write("profiles.yml", """
                test:
                  target: dev
                  outputs:
                    dev: {type: duckdb, path: ':memory:', database: db, schema: main}
                    warehouse: {type: duckdb, path: ':memory:', database: wh, schema: raw}
                """);
    }

    public Path root() {
        return root;
    }

    public TestingProject write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestingProject delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestingProject env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public TestingProject vars(String yaml) {
        this.vars = yaml;
        return this;
    }

    public RuntimeConfig config() {
        return RuntimeConfig.load(CliOverrides.none(env, root, root).withProjectDir(root).withProfilesDir(root)
                .withVars(vars));
    }

    public ParseOptions options() {
        return new ParseOptions(true, true, "00000000-0000-0000-0000-000000000001", env, 2);
    }

    public ParsedProject parse() {
        return ProjectParser.parse(config(), options());
    }

    public ParsedProject parseWithoutCache() {
        return ProjectParser.parse(config(), options().withPartialParse(false));
    }
}
