package dev.dvt.federation.transpile;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.federation.sql.SqlDialect;

/** Builds the error for SQL the transpiler cannot carry over to the compute dialect. */
final class Untranslatable {
    private static final int SNIPPET_LENGTH = 200;

    private Untranslatable() {
    }

    static DvtException of(String construct, SqlDialect from, ComputeDialect to, String why, Object sql) {
        String snippet = String.valueOf(sql).replaceAll("\\s+", " ").strip();
        if (snippet.length() > SNIPPET_LENGTH) {
            snippet = snippet.substring(0, SNIPPET_LENGTH) + "…";
        }
        return new DvtException(ErrorCode.FEDERATION, "Cannot translate " + construct + " from " + from.name()
                + " to " + to.label() + ": " + why + ". In: " + snippet);
    }
}
