package dev.dvt.artifacts.results;

import dev.dvt.artifacts.ArtifactJson;
import dev.dvt.artifacts.ArtifactMetadata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code target/run_results.json} (dbt run-results v6), written after run, build, test, seed, snapshot. */
public class RunResults {
    public static final String SCHEMA_VERSION = "https://schemas.getdbt.com/dbt/run-results/v6.json";

    private ArtifactMetadata metadata = new ArtifactMetadata(SCHEMA_VERSION, null);
    private List<RunResult> results = new ArrayList<>();
    private double elapsedTime;
    private Map<String, Object> args = new LinkedHashMap<>();

    public static RunResults read(Path file) {
        return ArtifactJson.read(file, RunResults.class);
    }

    public void write(Path file) {
        ArtifactJson.write(file, this);
    }

    public ArtifactMetadata getMetadata() {
        return metadata;
    }

    public void setMetadata(ArtifactMetadata metadata) {
        this.metadata = metadata == null ? new ArtifactMetadata(SCHEMA_VERSION, null) : metadata;
    }

    public List<RunResult> getResults() {
        return results;
    }

    public void setResults(List<RunResult> results) {
        this.results = results == null ? new ArrayList<>() : results;
    }

    /** Seconds the whole command took. */
    public double getElapsedTime() {
        return elapsedTime;
    }

    public void setElapsedTime(double elapsedTime) {
        this.elapsedTime = elapsedTime;
    }

    /** The invocation's flags, as dbt records them (e.g. {@code which}, {@code select}, {@code threads}); no secrets. */
    public Map<String, Object> getArgs() {
        return args;
    }

    public void setArgs(Map<String, Object> args) {
        this.args = args == null ? new LinkedHashMap<>() : args;
    }
}
