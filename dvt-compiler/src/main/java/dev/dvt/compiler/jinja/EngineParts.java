package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.Node;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Everything a thread needs to build its {@link ThreadRuntime}; shared and read-only. */
record EngineParts(MacroLibrary library, List<Tag> tags, List<Filter> filters, Map<String, Object> globals,
        List<JavaMacro> functions, List<ParsedFile> macroFiles) {

    /** A macro file parsed once for all threads. */
    record ParsedFile(String packageName, Path file, Node tree) {
    }

    EngineParts withMacroFiles(List<ParsedFile> files) {
        return new EngineParts(library, tags, filters, globals, functions, List.copyOf(files));
    }
}
