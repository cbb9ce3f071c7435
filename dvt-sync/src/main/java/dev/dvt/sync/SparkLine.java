package dev.dvt.sync;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One Spark major.minor line and what must match it.
 *
 * @param line e.g. {@code 4.0}
 * @param scala Scala binary version of its artifacts ({@code 2.12} or {@code 2.13})
 * @param hadoop Hadoop version it is built with
 * @param javaVersions Java feature versions it supports
 * @param connect whether a Spark Connect ({@code sc://}) master can be used with it
 */
public record SparkLine(String line, String scala, String hadoop, List<Integer> javaVersions, boolean connect) {
    public SparkLine {
        requireNonNull(line, "line is null");
        requireNonNull(scala, "scala is null");
        requireNonNull(hadoop, "hadoop is null");
        javaVersions = List.copyOf(requireNonNull(javaVersions, "javaVersions is null"));
    }

    public boolean supportsJava(int feature) {
        return javaVersions.contains(feature);
    }
}
