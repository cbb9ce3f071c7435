package dev.dvt.compiler.jinja;

import static java.util.Objects.requireNonNull;

/**
 * What a statement returned: the adapter response (dbt's {@code AdapterResponse}: a message such
 * as {@code "SELECT 3"}, a code, and the rows affected, -1 when unknown) and its rows.
 */
public record StatementResult(Response response, ResultTable table) {
    public StatementResult {
        requireNonNull(response, "response is null");
        requireNonNull(table, "table is null");
    }

    /** Exposed to Jinja as {@code response._message}, {@code .code}, {@code .rows_affected}. */
    public static final class Response {
        private final String message;
        private final String code;
        private final long rowsAffected;

        public Response(String message, String code, long rowsAffected) {
            this.message = requireNonNull(message, "message is null");
            this.code = code;
            this.rowsAffected = rowsAffected;
        }

        public String getMessage() {
            return message;
        }

        public String get_message() {
            return message;
        }

        public String getCode() {
            return code;
        }

        public long getRowsAffected() {
            return rowsAffected;
        }

        @Override
        public String toString() {
            return message;
        }
    }
}
