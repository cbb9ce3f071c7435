package dev.dvt.artifacts.manifest;

import java.util.ArrayList;
import java.util.List;

/** A node with SQL (or Python) that gets compiled: everything in {@code nodes} except seeds. */
public abstract class CompiledNode extends ManifestNode {
    private String language = "sql";
    private List<RefArgs> refs = new ArrayList<>();
    private List<List<String>> sources = new ArrayList<>();
    private List<List<String>> metrics = new ArrayList<>();
    private String compiledPath;
    private boolean compiled;
    private String compiledCode;
    private boolean extraCtesInjected;
    private List<InjectedCte> extraCtes = new ArrayList<>();
    private Contract contract = new Contract();

    protected CompiledNode(ResourceType resourceType) {
        super(resourceType);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<RefArgs> getRefs() {
        return refs;
    }

    public void setRefs(List<RefArgs> refs) {
        this.refs = refs == null ? new ArrayList<>() : refs;
    }

    /** Each {@code source('a', 'b')} call as the pair [source name, table name]. */
    public List<List<String>> getSources() {
        return sources;
    }

    public void setSources(List<List<String>> sources) {
        this.sources = sources == null ? new ArrayList<>() : sources;
    }

    public List<List<String>> getMetrics() {
        return metrics;
    }

    public void setMetrics(List<List<String>> metrics) {
        this.metrics = metrics == null ? new ArrayList<>() : metrics;
    }

    public String getCompiledPath() {
        return compiledPath;
    }

    public void setCompiledPath(String compiledPath) {
        this.compiledPath = compiledPath;
    }

    public boolean getCompiled() {
        return compiled;
    }

    public void setCompiled(boolean compiled) {
        this.compiled = compiled;
    }

    public String getCompiledCode() {
        return compiledCode;
    }

    public void setCompiledCode(String compiledCode) {
        this.compiledCode = compiledCode;
    }

    public boolean getExtraCtesInjected() {
        return extraCtesInjected;
    }

    public void setExtraCtesInjected(boolean extraCtesInjected) {
        this.extraCtesInjected = extraCtesInjected;
    }

    public List<InjectedCte> getExtraCtes() {
        return extraCtes;
    }

    public void setExtraCtes(List<InjectedCte> extraCtes) {
        this.extraCtes = extraCtes == null ? new ArrayList<>() : extraCtes;
    }

    public Contract getContract() {
        return contract;
    }

    public void setContract(Contract contract) {
        this.contract = contract == null ? new Contract() : contract;
    }
}
