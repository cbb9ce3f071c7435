package dev.dvt.core.select;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which tests are selected because the nodes they test are ({@code --indirect-selection}). */
public enum IndirectSelection {
    /** Any test with at least one selected parent. */
    EAGER,
    /** Only tests whose every parent is selected. */
    CAUTIOUS,
    /** Tests whose every parent is selected or an ancestor of a selected node. */
    BUILDABLE,
    /** No test is selected indirectly. */
    EMPTY;

    /** The lower-case spelling used on the command line and in selectors.yml. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IndirectSelection parse(String value) {
        for (IndirectSelection mode : values()) {
            if (mode.value().equals(value)) {
                return mode;
            }
        }
        throw new DvtException(ErrorCode.SELECTION, "Invalid indirect selection '" + value
                + "'; expected one of: " + Arrays.stream(values()).map(IndirectSelection::value)
                        .collect(Collectors.joining(", ")));
    }
}
