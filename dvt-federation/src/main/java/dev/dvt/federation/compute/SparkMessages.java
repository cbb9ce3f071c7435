package dev.dvt.federation.compute;

/** Trims Spark's error messages to what a user needs. */
final class SparkMessages {
    private static final int MAX_LENGTH = 4_000;

    private SparkMessages() {
    }

    /**
     * Spark appends the analysed plan to analysis errors (lines after {@code ;} starting with
     * {@code '} or a tree branch); the message before it names the problem and the position.
     */
    static String concise(String message) {
        StringBuilder kept = new StringBuilder();
        for (String line : message.split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (kept.length() > 0 && (trimmed.startsWith("'") || trimmed.startsWith("+-") || trimmed.startsWith(":-"))) {
                break;
            }
            if (kept.length() > 0) {
                kept.append('\n');
            }
            kept.append(line);
        }
        String text = kept.toString().strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + " …" : text;
    }
}
