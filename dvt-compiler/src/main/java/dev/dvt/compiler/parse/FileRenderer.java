package dev.dvt.compiler.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds the calls of every SQL body (models, analyses, singular tests, snapshot blocks), in
 * parallel, reusing the partial-parse cache for unchanged files.
 */
final class FileRenderer {

    /** Results by file key, then by body name ("" for a whole-file body, the block name for snapshots). */
    record Outcome(Map<String, Map<String, RenderResult>> results, Map<String, PartialParseCache.Entry> cacheEntries,
            int renderedFiles, int reusedFiles) {
    }

    private FileRenderer() {
    }

    static Outcome renderAll(List<ProjectFile> files, ParseRenderer renderer, Map<String, PartialParseCache.Entry> cache,
            ParseOptions options) {
        List<ProjectFile> sqlFiles = new ArrayList<>();
        for (ProjectFile f : files) {
            switch (f.kind()) {
                case MODEL, ANALYSIS, SINGULAR_TEST, SNAPSHOT -> sqlFiles.add(f);
                default -> { }
            }
        }
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        List<Map<String, RenderResult>> results = Parallel.map(sqlFiles, options.threads(), f -> {
            Optional<Map<String, RenderResult>> cached = PartialParseCache.reuse(cache, f, options.env());
            if (cached.isPresent()) {
                reused.incrementAndGet();
                return cached.get();
            }
            boolean[] didRender = {false};
            Map<String, RenderResult> bodies = new LinkedHashMap<>();
            String fileName = f.absolutePath().toString();
            if (f.kind() == FileKind.SNAPSHOT) {
                for (NamedBlocks.NamedBlock b : NamedBlocks.extract(f.text(), "snapshot", f.absolutePath())) {
                    bodies.put(b.name(), renderer.parse(f.packageName(), fileName, b.name(),
                            "\n".repeat(b.line() - 1) + b.body(), () -> didRender[0] = true));
                }
            } else {
                bodies.put("", renderer.parse(f.packageName(), fileName, f.baseName(), f.text(),
                        () -> didRender[0] = true));
            }
            if (didRender[0]) {
                rendered.incrementAndGet();
            }
            return bodies;
        });
        Map<String, Map<String, RenderResult>> byFile = new LinkedHashMap<>();
        Map<String, PartialParseCache.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < sqlFiles.size(); i++) {
            ProjectFile f = sqlFiles.get(i);
            byFile.put(f.key(), results.get(i));
            entries.put(f.key(), new PartialParseCache.Entry(f.checksum().getChecksum(), results.get(i)));
        }
        return new Outcome(byFile, entries, rendered.get(), reused.get());
    }
}
