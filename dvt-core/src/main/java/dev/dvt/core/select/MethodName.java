package dev.dvt.core.select;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The selection methods, as spelled before the colon in {@code method:value}. */
public enum MethodName {
    FQN, TAG, GROUP, ACCESS, SOURCE, PATH, FILE, PACKAGE, CONFIG, TEST_NAME, TEST_TYPE,
    RESOURCE_TYPE, STATE, EXPOSURE, METRIC, RESULT, SOURCE_STATUS, VERSION, SEMANTIC_MODEL,
    SAVED_QUERY, UNIT_TEST, SELECTOR;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every method name, comma-separated, for error messages. */
    public static String valid() {
        return Arrays.stream(values()).map(MethodName::value).collect(Collectors.joining(", "));
    }

    /** Resolves a method name, or fails naming the spec it came from. */
    public static MethodName parse(String method, String rawSpec) {
        for (MethodName name : values()) {
            if (name.value().equals(method)) {
                return name;
            }
        }
        throw new DvtException(ErrorCode.SELECTION, "'" + method + "' in selector '" + rawSpec
                + "' is not a valid method name. Valid methods: " + valid());
    }
}
