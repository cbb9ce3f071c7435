package dev.dvt.compiler.jinja;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the top-level {@code macro}, {@code test} and {@code materialization} blocks of a macro
 * file and produces the text jinjava renders: test and materialization headers become ordinary
 * macro headers under their registered names, and {@code docs} blocks (which the parser reads
 * elsewhere) become blank lines. Line breaks are kept so line numbers stay true.
 */
final class MacroFileScanner {

    /** A macro block found before it is resolved against the library. */
    record Found(String name, MacroKind kind, int line, String source, Set<String> calledNames) {
    }

    record Scanned(List<Found> macros, String jinjaText) {
    }

    private static final Pattern CALL = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)?)\\s*\\(");

    private MacroFileScanner() {
    }

    static Scanned scan(MacroSource source) {
        String text = source.text();
        StringBuilder out = new StringBuilder(text.length());
        List<Found> found = new ArrayList<>();
        int copied = 0;
        int depth = 0;
        int startOffset = 0;
        int startLine = 0;
        String name = null;
        MacroKind kind = null;
        int i = 0;
        while (true) {
            int open = nextTag(text, i);
            if (open < 0) {
                break;
            }
            int end = SourcePrepass.endOfBlock(text, open + 2, '%');
            String inner = text.substring(open + 2, Math.max(open + 2, end - 2));
            String word = SourcePrepass.firstWord(inner);
            i = end;
            switch (word) {
                case "macro", "test", "materialization" -> {
                    if (depth++ > 0) {
                        continue;
                    }
                    startOffset = open;
                    startLine = lineOf(text, open);
                    kind = word.equals("macro") ? MacroKind.MACRO
                            : word.equals("test") ? MacroKind.TEST : MacroKind.MATERIALIZATION;
                    String[] header = header(inner, word, kind, source, startLine);
                    name = header[0];
                    if (kind != MacroKind.MACRO) {
                        out.append(text, copied, open).append("{%").append(header[1]).append("%}");
                        copied = end;
                    }
                }
                case "endmacro", "endtest", "endmaterialization" -> {
                    if (--depth > 0) {
                        continue;
                    }
                    if (depth < 0) {
                        throw new DvtException(ErrorCode.COMPILATION, "'" + word + "' without an open block",
                                source.file(), lineOf(text, open));
                    }
                    String body = text.substring(startOffset, end);
                    found.add(new Found(name, kind, startLine, body, calledNames(body.substring(body.indexOf("%}") + 2))));
                    if (kind != MacroKind.MACRO) {
                        out.append(text, copied, open).append("{%").append(inner.replace(word, "endmacro"))
                                .append("%}");
                        copied = end;
                    }
                }
                case "docs" -> {
                    if (depth > 0) {
                        continue;
                    }
                    int close = text.indexOf("enddocs", end);
                    int blockEnd = close < 0 ? text.length() : text.indexOf("%}", close) + 2;
                    out.append(text, copied, open).append(text.substring(open, blockEnd).replaceAll("[^\\n]", ""));
                    copied = blockEnd;
                    i = blockEnd;
                }
                default -> {
                }
            }
        }
        if (depth > 0) {
            throw new DvtException(ErrorCode.COMPILATION, "macro '" + name + "' is never closed", source.file(),
                    startLine);
        }
        out.append(text, copied, text.length());
        return new Scanned(found, SourcePrepass.rewrite(out.toString()));
    }

    /** Returns {registered name, replacement tag body}. */
    private static String[] header(String inner, String word, MacroKind kind, MacroSource source, int line) {
        int at = inner.indexOf(word);
        String lead = inner.substring(0, at);
        String rest = inner.substring(at + word.length());
        String trail = "";
        if (rest.endsWith("-") || rest.endsWith("+")) {
            trail = rest.substring(rest.length() - 1);
            rest = rest.substring(0, rest.length() - 1);
        }
        if (kind == MacroKind.MATERIALIZATION) {
            List<String> parts = ExpressionSplitter.splitTopLevel(rest, ',');
            if (parts.isEmpty()) {
                throw new DvtException(ErrorCode.COMPILATION, "materialization without a name", source.file(), line);
            }
            String adapter = "default";
            for (String part : parts.subList(1, parts.size())) {
                String p = part.trim();
                if (p.startsWith("adapter")) {
                    adapter = p.substring(p.indexOf('=') + 1).trim().replaceAll("^['\"]|['\"]$", "");
                }
            }
            String name = "materialization_" + parts.get(0).trim() + "_" + adapter;
            return new String[] {name, lead + "macro " + name + "() " + trail};
        }
        int paren = rest.indexOf('(');
        String bare = (paren < 0 ? rest : rest.substring(0, paren)).trim();
        if (bare.isEmpty()) {
            throw new DvtException(ErrorCode.COMPILATION, word + " block without a name", source.file(), line);
        }
        if (kind == MacroKind.TEST) {
            String name = "test_" + bare;
            String args = paren < 0 ? "()" : rest.substring(paren);
            return new String[] {name, lead + "macro " + name + args + trail};
        }
        return new String[] {bare, inner};
    }

    private static Set<String> calledNames(String body) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        while (true) {
            int open = body.indexOf('{', i);
            if (open < 0 || open + 1 >= body.length()) {
                return names;
            }
            char kind = body.charAt(open + 1);
            if (kind != '{' && kind != '%') {
                i = open + 1;
                continue;
            }
            int end = SourcePrepass.endOfBlock(body, open + 2, kind == '{' ? '}' : '%');
            Matcher m = CALL.matcher(stripStrings(body.substring(open + 2, Math.max(open + 2, end - 2))));
            while (m.find()) {
                names.add(m.group(1));
            }
            i = end;
        }
    }

    private static String stripStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = ExpressionSplitter.endOfString(text, i) - 1;
                out.append("''");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int nextTag(String text, int from) {
        int i = from;
        while (true) {
            int tag = text.indexOf("{%", i);
            int comment = text.indexOf("{#", i);
            if (comment >= 0 && (tag < 0 || comment < tag)) {
                int close = text.indexOf("#}", comment + 2);
                if (close < 0) {
                    return -1;
                }
                i = close + 2;
                continue;
            }
            return tag;
        }
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
