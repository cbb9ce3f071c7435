package dev.dvt.compiler.jinja;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds engines over in-memory macro files for tests. */
final class TestingEngine {

    static final String ROOT = "my_project";

    private final List<MacroSource> sources = new ArrayList<>();
    private final List<String> adapterTypes = new ArrayList<>();
    private int cacheSize = 50_000;

    TestingEngine macros(String packageName, String fileName, String text) {
        sources.add(new MacroSource(packageName, Path.of(fileName), text));
        return this;
    }

    TestingEngine rootMacros(String text) {
        return macros(ROOT, "macros/root_" + sources.size() + ".sql", text);
    }

    TestingEngine adapter(String... types) {
        adapterTypes.addAll(List.of(types));
        return this;
    }

    TestingEngine templateCacheSize(int size) {
        cacheSize = size;
        return this;
    }

    DvtTemplateEngine build() {
        return DvtTemplateEngine.builder(MacroLibrary.load(ROOT, sources)).adapterTypes(adapterTypes)
                .templateCacheSize(cacheSize).build();
    }

    static RenderContext ctx() {
        return RenderContext.forPackage(ROOT);
    }

    static String render(String template) {
        return new TestingEngine().build().render(template, "models/m.sql", ctx());
    }
}
