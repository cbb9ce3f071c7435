package dev.dvt.compiler.jinja;

import java.util.ArrayList;
import java.util.List;

/** Splits Jinja expression text at top level: outside string literals and brackets. */
final class ExpressionSplitter {

    private ExpressionSplitter() {
    }

    /** Parts of {@code text} between top-level {@code separator}s; blank parts are dropped. */
    static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = nextTopLevel(text, separator, 0); i >= 0; i = nextTopLevel(text, separator, start)) {
            parts.add(text.substring(start, i));
            start = i + 1;
        }
        parts.add(text.substring(start));
        parts.removeIf(String::isBlank);
        return parts;
    }

    /** Index of the first top-level {@code wanted}, or -1. */
    static int indexOfTopLevel(String text, char wanted) {
        return nextTopLevel(text, wanted, 0);
    }

    /** Index of the first {@code wanted} at or after {@code from} outside strings and brackets, or -1. */
    private static int nextTopLevel(String text, char wanted, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfString(text, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == wanted && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Index just past the string literal that opens at {@code start}. */
    static int endOfString(String text, int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Index just past the bracket group that opens at {@code start}. */
    static int endOfGroup(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfString(text, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return text.length();
    }
}
