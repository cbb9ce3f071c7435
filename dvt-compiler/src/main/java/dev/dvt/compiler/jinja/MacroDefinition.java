package dev.dvt.compiler.jinja;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * A macro found in a macro file.
 *
 * @param name the name templates call it by ({@code test_not_null}, {@code materialization_table_default})
 * @param packageName the package that defines it
 * @param file the file it is in, as given in its {@link MacroSource}
 * @param line the 1-based line of its opening tag
 * @param source its text from the opening tag to the closing tag, as written
 * @param kind the block it was declared with
 * @param calls unique ids ({@code macro.<package>.<name>}) of library macros its body calls by
 *     name, found lexically; calls made through {@code adapter.dispatch} are not included
 */
public record MacroDefinition(String name, String packageName, Path file, int line, String source, MacroKind kind,
        List<String> calls) {
    public MacroDefinition {
        requireNonNull(name, "name is null");
        requireNonNull(packageName, "packageName is null");
        requireNonNull(file, "file is null");
        requireNonNull(source, "source is null");
        requireNonNull(kind, "kind is null");
        calls = List.copyOf(calls);
    }

    /** {@code macro.<package>.<name>}, as in manifest.json. */
    public String uniqueId() {
        return "macro." + packageName + "." + name;
    }
}
