package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One {@code dispatch:} entry: where to look for implementations of a macro namespace. */
public record DispatchConfig(String macroNamespace, List<String> searchOrder) {
    public DispatchConfig {
        requireNonNull(macroNamespace, "macroNamespace is null");
        searchOrder = List.copyOf(requireNonNull(searchOrder, "searchOrder is null"));
    }
}
