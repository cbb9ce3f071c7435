package dev.dvt.compiler.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lexical look at a template without rendering it: the names it calls, its tags, and a fast
 * path for the common file whose only Jinja is {@code ref}/{@code source}/{@code config} calls
 * with literal arguments (what dbt's static parser handles).
 */
final class JinjaScan {

    private static final Pattern CALL = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)?)\\s*\\(");
    private static final String STR = "(?:'[^'\\\\]*'|\"[^\"\\\\]*\")";
    private static final Pattern REF = Pattern.compile("\\s*ref\\(\\s*(" + STR + ")\\s*(?:,\\s*(" + STR
            + "))?\\s*(?:,\\s*(?:v|version)\\s*=\\s*(" + STR + "|\\d+(?:\\.\\d+)?))?\\s*\\)\\s*");
    private static final Pattern SOURCE = Pattern.compile("\\s*source\\(\\s*(" + STR + ")\\s*,\\s*(" + STR
            + ")\\s*\\)\\s*");
    private static final Pattern CONFIG = Pattern.compile("\\s*config\\((.*)\\)\\s*", Pattern.DOTALL);
    private static final Pattern KWARG = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*=\\s*(" + STR
            + "|true|false|True|False|-?\\d+|\\[\\s*(?:" + STR + "\\s*(?:,\\s*" + STR + "\\s*)*)?\\])\\s*");

    /** A {@code {{ }}}, {@code {% %}} or comment block of a template. */
    record Block(char kind, int start, int end, String inner) {
    }

    private JinjaScan() {
    }

    /** The blocks of {@code text} in order; an unclosed block runs to the end. */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = text.indexOf('{', i);
            if (open < 0 || open + 1 >= text.length()) {
                return blocks;
            }
            char kind = text.charAt(open + 1);
            if (kind != '{' && kind != '%' && kind != '#') {
                i = open + 1;
                continue;
            }
            int end = endOf(text, open + 2, kind == '{' ? '}' : kind);
            String inner = text.substring(open + 2, Math.max(open + 2, end - 2));
            blocks.add(new Block(kind, open, end, trimDashes(inner)));
            i = end;
        }
    }

    /** Names called inside expressions and tags, in first-seen order ({@code name} or {@code pkg.name}). */
    static Set<String> calledNames(List<Block> blocks) {
        Set<String> names = new LinkedHashSet<>();
        for (Block b : blocks) {
            if (b.kind() == '#') {
                continue;
            }
            Matcher m = CALL.matcher(stripStrings(b.inner()));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * The calls of a template made only of literal {@code ref}/{@code source}/{@code config}
     * expressions (and comments), or empty when it needs a real render.
     */
    static Optional<RenderResult> staticParse(List<Block> blocks) {
        RenderResult.Recorder rec = new RenderResult.Recorder();
        for (Block b : blocks) {
            if (b.kind() == '#') {
                continue;
            }
            if (b.kind() != '{') {
                return Optional.empty();
            }
            String expr = b.inner();
            Matcher m;
            if ((m = REF.matcher(expr)).matches()) {
                String first = unquote(m.group(1));
                String second = m.group(2) == null ? null : unquote(m.group(2));
                Object version = m.group(3) == null ? null : versionLiteral(m.group(3));
                rec.refs.add(second == null ? new RefCall(null, first, version) : new RefCall(first, second, version));
            } else if ((m = SOURCE.matcher(expr)).matches()) {
                rec.sources.add(List.of(unquote(m.group(1)), unquote(m.group(2))));
            } else if ((m = CONFIG.matcher(expr)).matches()) {
                Map<String, Object> kwargs = configKwargs(m.group(1));
                if (kwargs == null) {
                    return Optional.empty();
                }
                dev.dvt.core.config.ConfigMerger.mergeInto(rec.config, kwargs);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(rec.toResult(List.of()));
    }

    private static Map<String, Object> configKwargs(String args) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (args.isBlank()) {
            return out;
        }
        for (String part : splitTopLevel(args)) {
            Matcher kv = KWARG.matcher(part);
            if (!kv.matches()) {
                return null;
            }
            out.put(dev.dvt.core.config.ConfigMerger.normalizeKey(kv.group(1)), literal(kv.group(2).trim()));
        }
        return out;
    }

    private static Object literal(String text) {
        switch (text) {
            case "true", "True":
                return Boolean.TRUE;
            case "false", "False":
                return Boolean.FALSE;
            default:
                break;
        }
        if (text.startsWith("[")) {
            List<Object> items = new ArrayList<>();
            String body = text.substring(1, text.length() - 1);
            if (!body.isBlank()) {
                splitTopLevel(body).forEach(p -> items.add(unquote(p.trim())));
            }
            return items;
        }
        if (text.startsWith("'") || text.startsWith("\"")) {
            return unquote(text);
        }
        return Long.valueOf(text);
    }

    private static Object versionLiteral(String text) {
        if (text.startsWith("'") || text.startsWith("\"")) {
            return unquote(text);
        }
        return text.contains(".") ? (Object) Double.valueOf(text) : (Object) Long.valueOf(text);
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int close = text.indexOf(c, i + 1);
                i = close < 0 ? text.length() : close;
            } else if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if (c == ']' || c == ')' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String trimDashes(String inner) {
        String s = inner;
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.endsWith("-") || s.endsWith("+")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static int endOf(String text, int from, char closer) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (closer != '#' && (c == '\'' || c == '"')) {
                int close = text.indexOf(c, i + 1);
                i = close < 0 ? text.length() : close + 1;
                continue;
            }
            if (c == closer && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                return i + 2;
            }
            i++;
        }
        return text.length();
    }

    private static String stripStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int close = text.indexOf(c, i + 1);
                out.append("''");
                i = close < 0 ? text.length() : close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** 1-based line of {@code offset} in {@code text}. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
