package dev.dvt.core.select;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Shell-style wildcards as dbt matches them: {@code *} any run of characters, {@code ?} one
 * character, {@code [abc]} / {@code [a-z]} / {@code [!abc]} a character class. Matching is
 * case-sensitive and covers the whole string. Path patterns additionally treat {@code /} as a
 * separator that only {@code **} crosses.
 */
final class Glob {
    private static final Map<String, Pattern> NAME_PATTERNS = new ConcurrentHashMap<>();

    private Glob() {}

    static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0
                || text.indexOf(']') >= 0;
    }

    /** fnmatch: wildcards match any character, including dots and slashes. */
    static boolean matches(String text, String pattern) {
        if (!hasWildcard(pattern)) {
            return text.equals(pattern);
        }
        return NAME_PATTERNS.computeIfAbsent(pattern, Glob::compile).matcher(text).matches();
    }

    /**
     * Matches a relative path against a path pattern segment by segment: {@code *}, {@code ?} and
     * classes stay within one segment, a {@code **} segment matches any number of directories.
     */
    static boolean matchesPath(List<String> pathSegments, List<String> patternSegments) {
        return matchPath(pathSegments, 0, patternSegments, 0);
    }

    private static boolean matchPath(List<String> path, int p, List<String> pattern, int q) {
        if (q == pattern.size()) {
            return p == path.size();
        }
        String segment = pattern.get(q);
        if (segment.equals("**")) {
            for (int skip = p; skip <= path.size(); skip++) {
                if (matchPath(path, skip, pattern, q + 1)) {
                    return true;
                }
            }
            return false;
        }
        return p < path.size() && matches(path.get(p), segment)
                && matchPath(path, p + 1, pattern, q + 1);
    }

    private static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i++);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[') {
                int end = classEnd(pattern, i);
                if (end < 0) {
                    regex.append("\\[");
                } else {
                    regex.append(characterClass(pattern.substring(i, end)));
                    i = end + 1;
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** Index of the ']' closing a class that starts at {@code start}, or -1 if unclosed. */
    private static int classEnd(String pattern, int start) {
        int j = start;
        if (j < pattern.length() && pattern.charAt(j) == '!') {
            j++;
        }
        if (j < pattern.length() && pattern.charAt(j) == ']') {
            j++;
        }
        while (j < pattern.length() && pattern.charAt(j) != ']') {
            j++;
        }
        return j < pattern.length() ? j : -1;
    }

    private static String characterClass(String body) {
        StringBuilder cls = new StringBuilder("[");
        int k = 0;
        if (body.startsWith("!")) {
            cls.append('^');
            k = 1;
        }
        for (; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '-' && k > 0 && k < body.length() - 1 && !(k == 1 && body.startsWith("!"))) {
                cls.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                cls.append(c);
            } else {
                cls.append('\\').append(c);
            }
        }
        return cls.append(']').toString();
    }
}
