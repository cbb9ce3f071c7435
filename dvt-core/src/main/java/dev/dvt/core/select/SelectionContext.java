package dev.dvt.core.select;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What selection needs besides the graph and the command-line criteria.
 *
 * @param selectors the project's selectors.yml definitions
 * @param previousState artifacts of {@code --state}, needed by {@code state:}, {@code result:} and
 *     {@code source_status:}
 * @param projectRoot the root project directory; lets a bare value that names an existing file or
 *     directory default to the {@code path} method and makes absolute paths relative
 */
public record SelectionContext(
        YamlSelectors selectors, Optional<PreviousState> previousState, Optional<Path> projectRoot) {

    public SelectionContext {
        requireNonNull(selectors, "selectors is null");
        requireNonNull(previousState, "previousState is null");
        requireNonNull(projectRoot, "projectRoot is null");
    }

    public static SelectionContext empty() {
        return new SelectionContext(YamlSelectors.none(), Optional.empty(), Optional.empty());
    }

    public SelectionContext withSelectors(YamlSelectors value) {
        return new SelectionContext(value, previousState, projectRoot);
    }

    public SelectionContext withPreviousState(PreviousState value) {
        return new SelectionContext(selectors, Optional.of(value), projectRoot);
    }

    public SelectionContext withProjectRoot(Path value) {
        return new SelectionContext(selectors, previousState, Optional.of(value));
    }
}
