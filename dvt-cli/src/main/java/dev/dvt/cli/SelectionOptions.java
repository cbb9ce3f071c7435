package dev.dvt.cli;

import dev.dvt.core.select.IndirectSelection;
import dev.dvt.core.select.SelectionCriteria;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** --select / --exclude / --selector and friends, shared by every command that picks nodes. */
final class SelectionOptions {
    @Option(names = {"-s", "--select", "-m", "--models", "--model"}, arity = "1..*", paramLabel = "SPEC",
            description = "Nodes to include (dbt selection syntax); repeatable, space-separated.")
    List<String> select = new ArrayList<>();

    @Option(names = "--exclude", arity = "1..*", paramLabel = "SPEC", description = "Nodes to leave out.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--selector", paramLabel = "NAME", description = "A named selector from selectors.yml.")
    String selector;

    @Option(names = "--indirect-selection", paramLabel = "MODE", defaultValue = "eager",
            description = "Tests pulled in by selected nodes: eager (default), cautious, buildable or empty.")
    String indirectSelection;

    @Option(names = {"--resource-type", "--resource-types"}, arity = "1..*", paramLabel = "TYPE",
            description = "Only these resource types (model, seed, snapshot, test, source, analysis, exposure…).")
    List<String> resourceTypes = new ArrayList<>();

    @Option(names = {"--exclude-resource-type", "--exclude-resource-types"}, arity = "1..*", paramLabel = "TYPE",
            description = "Leave out these resource types.")
    List<String> excludeResourceTypes = new ArrayList<>();

    /** The criteria, with {@code commandTypes} as the default resource types when none were given. */
    SelectionCriteria criteria(Set<String> commandTypes) {
        Set<String> types = new LinkedHashSet<>();
        for (String type : resourceTypes) {
            switch (type) {
                case "all" -> types.clear();
                case "default" -> types.addAll(commandTypes);
                default -> types.add(type);
            }
        }
        if (types.isEmpty() && !resourceTypes.contains("all")) {
            types.addAll(commandTypes);
        }
        return new SelectionCriteria(select, exclude, Optional.ofNullable(selector),
                IndirectSelection.parse(indirectSelection), types, Set.copyOf(excludeResourceTypes));
    }
}
