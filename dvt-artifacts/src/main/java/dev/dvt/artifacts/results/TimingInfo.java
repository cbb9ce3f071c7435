package dev.dvt.artifacts.results;

import java.time.Instant;

/** One phase of a node's execution ({@code compile} or {@code execute}) with its start and end. */
public class TimingInfo {
    public static final String COMPILE = "compile";
    public static final String EXECUTE = "execute";

    private String name;
    private Instant startedAt;
    private Instant completedAt;

    public TimingInfo() {
    }

    public TimingInfo(String name, Instant startedAt, Instant completedAt) {
        this.name = name;
        this.startedAt = startedAt;
        this.completedAt = completedAt;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(Instant completedAt) {
        this.completedAt = completedAt;
    }
}
