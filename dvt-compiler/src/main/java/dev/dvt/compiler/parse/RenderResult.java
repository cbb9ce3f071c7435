package dev.dvt.compiler.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What rendering one SQL body at parse time found: its {@code ref}/{@code source}/{@code config}
 * calls, the macros it calls by name, and the environment variables it read. It is all the
 * partial-parse cache keeps for a file, since the rest of the node is rebuilt without Jinja.
 */
public record RenderResult(List<RefCall> refs, List<List<String>> sources, Map<String, Object> config,
        List<String> macroCalls, Map<String, String> envVars) {
    /** No calls at all (seeds). */
    public static final RenderResult EMPTY = new RenderResult(List.of(), List.of(), Map.of(), List.of(), Map.of());

    public RenderResult {
        refs = List.copyOf(refs);
        sources = List.copyOf(sources);
        config = new LinkedHashMap<>(config);
        macroCalls = List.copyOf(macroCalls);
        envVars = new LinkedHashMap<>(envVars);
    }

    /** Collects calls while a template renders; one per render. */
    static final class Recorder {
        final List<RefCall> refs = new ArrayList<>();
        final List<List<String>> sources = new ArrayList<>();
        final Map<String, Object> config = new LinkedHashMap<>();
        final Map<String, String> envVars = new LinkedHashMap<>();

        RenderResult toResult(List<String> macroCalls) {
            return new RenderResult(refs, sources, config, macroCalls, envVars);
        }
    }
}
