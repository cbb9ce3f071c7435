package dev.dvt.artifacts.manifest;

import java.util.ArrayList;
import java.util.List;

/** Unique ids of the macros and nodes a resource depends on, in discovery order. */
public class DependsOn {
    private List<String> macros = new ArrayList<>();
    private List<String> nodes = new ArrayList<>();

    public List<String> getMacros() {
        return macros;
    }

    public void setMacros(List<String> macros) {
        this.macros = macros == null ? new ArrayList<>() : new ArrayList<>(macros);
    }

    public List<String> getNodes() {
        return nodes;
    }

    public void setNodes(List<String> nodes) {
        this.nodes = nodes == null ? new ArrayList<>() : new ArrayList<>(nodes);
    }

    /** Adds a macro id once, keeping first-seen order. */
    public void addMacro(String uniqueId) {
        if (!macros.contains(uniqueId)) {
            macros.add(uniqueId);
        }
    }

    /** Adds a node id once, keeping first-seen order. */
    public void addNode(String uniqueId) {
        if (!nodes.contains(uniqueId)) {
            nodes.add(uniqueId);
        }
    }
}
