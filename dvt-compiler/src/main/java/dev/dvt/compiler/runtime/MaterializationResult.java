package dev.dvt.compiler.runtime;

import static java.util.Objects.requireNonNull;

import dev.dvt.spi.AdapterResponse;
import dev.dvt.spi.Relation;
import java.util.List;

/**
 * How a node's materialization went.
 *
 * @param status {@code success} for models, seeds and snapshots; {@code pass}, {@code warn} or
 *     {@code fail} for tests (run_results' spelling)
 * @param response the {@code main} statement's response (run_results' {@code adapter_response})
 * @param relations the relations the materialization reported building
 * @param message the console message: the response message, or a test's failure count
 * @param failures a test's failing row count, null for other nodes
 */
public record MaterializationResult(String status, AdapterResponse response, List<Relation> relations,
        String message, Integer failures) {
    public MaterializationResult {
        requireNonNull(status, "status is null");
        requireNonNull(response, "response is null");
        relations = List.copyOf(relations);
        requireNonNull(message, "message is null");
    }
}
