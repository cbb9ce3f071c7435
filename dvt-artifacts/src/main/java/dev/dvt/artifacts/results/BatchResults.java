package dev.dvt.artifacts.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Microbatch outcome: the [start, end) windows that succeeded and failed. */
public class BatchResults {
    private List<List<Instant>> successful = new ArrayList<>();
    private List<List<Instant>> failed = new ArrayList<>();

    public List<List<Instant>> getSuccessful() {
        return successful;
    }

    public void setSuccessful(List<List<Instant>> successful) {
        this.successful = successful == null ? new ArrayList<>() : successful;
    }

    public List<List<Instant>> getFailed() {
        return failed;
    }

    public void setFailed(List<List<Instant>> failed) {
        this.failed = failed == null ? new ArrayList<>() : failed;
    }
}
