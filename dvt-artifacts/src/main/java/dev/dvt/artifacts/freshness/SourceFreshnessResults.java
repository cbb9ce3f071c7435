package dev.dvt.artifacts.freshness;

import dev.dvt.artifacts.ArtifactJson;
import dev.dvt.artifacts.ArtifactMetadata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code target/sources.json} (dbt sources v3), written by {@code source freshness}. */
public class SourceFreshnessResults {
    public static final String SCHEMA_VERSION = "https://schemas.getdbt.com/dbt/sources/v3.json";

    private ArtifactMetadata metadata = new ArtifactMetadata(SCHEMA_VERSION, null);
    private List<SourceFreshnessResult> results = new ArrayList<>();
    private double elapsedTime;

    public static SourceFreshnessResults read(Path file) {
        return ArtifactJson.read(file, SourceFreshnessResults.class);
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

    public List<SourceFreshnessResult> getResults() {
        return results;
    }

    public void setResults(List<SourceFreshnessResult> results) {
        this.results = results == null ? new ArrayList<>() : results;
    }

    public double getElapsedTime() {
        return elapsedTime;
    }

    public void setElapsedTime(double elapsedTime) {
        this.elapsedTime = elapsedTime;
    }
}
