package dev.dvt.compiler.jinja;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the few dbt Jinja spellings that jinjava's expression parser rejects into equivalents
 * it accepts. Only text inside {{ }} and {% %} changes, and never a line break, so line numbers
 * stay true:
 * <ul>
 * <li>{@code f(a)(b)} becomes {@code f(a).evaluate(b)} (calling what a call returned, as
 * {@code adapter.dispatch(...)(...)} does);</li>
 * <li>{@code x+1} becomes {@code x+ 1} (jinjava reads {@code +1} as a number);</li>
 * <li>{@code '%s-%s' % (a, b)} becomes {@code '%s-%s'|format(a, b)};</li>
 * <li>{@code f(a, **kw)} / {@code f(*args)} mark the spread for {@link SpreadParameters};</li>
 * <li>the branch after a conditional's {@code else} is parenthesized ({@code x if x else (f(y))});</li>
 * <li>a keyword argument's value is parenthesized, {@code f(b=x ~ 'y')} becomes {@code f(b=(x ~ 'y'))}
 * (jinjava binds {@code =} tighter than {@code ~});</li>
 * <li>the Python colon in {@code {% if x: %}} / {@code elif} / {@code else} / {@code for} is dropped.</li>
 * </ul>
 */
final class SourcePrepass {

    private static final Set<String> COLON_TAGS = Set.of("if", "elif", "else", "for");
    /** Tags whose parentheses declare parameters with defaults rather than pass arguments. */
    private static final Set<String> DEFINITION_TAGS = Set.of("macro", "test", "materialization");
    private static final Pattern NAMED_ARGUMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*=(?!=)");

    private SourcePrepass() {
    }

    static String rewrite(String source) {
        StringBuilder out = new StringBuilder(source.length() + 16);
        int i = 0;
        int n = source.length();
        while (i < n) {
            int open = source.indexOf('{', i);
            if (open < 0 || open + 1 >= n) {
                out.append(source, i, n);
                break;
            }
            char kind = source.charAt(open + 1);
            if (kind != '{' && kind != '%' && kind != '#') {
                out.append(source, i, open + 1);
                i = open + 1;
                continue;
            }
            out.append(source, i, open);
            if (kind == '#') {
                int end = source.indexOf("#}", open + 2);
                end = end < 0 ? n : end + 2;
                out.append(source, open, end);
                i = end;
                continue;
            }
            int end = endOfBlock(source, open + 2, kind == '{' ? '}' : '%');
            String inner = source.substring(open + 2, Math.max(open + 2, end - 2));
            if (kind == '%' && firstWord(inner).equals("raw")) {
                int endRaw = findEndRaw(source, end);
                out.append(source, open, endRaw);
                i = endRaw;
                continue;
            }
            out.append(source, open, open + 2).append(rewriteBlock(inner, kind == '%')).append(source, end - 2, end);
            i = end;
        }
        return out.toString();
    }

    private static String rewriteBlock(String inner, boolean isTag) {
        int from = 0;
        int to = inner.length();
        if (to > 0 && (inner.charAt(0) == '-' || inner.charAt(0) == '+')) {
            from = 1;
        }
        if (to > from && (inner.charAt(to - 1) == '-' || inner.charAt(to - 1) == '+')) {
            to--;
        }
        String body = inner.substring(from, to);
        if (isTag && COLON_TAGS.contains(firstWord(body))) {
            String trimmed = body.stripTrailing();
            if (trimmed.endsWith(":")) {
                body = trimmed.substring(0, trimmed.length() - 1) + body.substring(trimmed.length());
            }
        }
        boolean arguments = !(isTag && DEFINITION_TAGS.contains(firstWord(body)));
        return inner.substring(0, from) + rewriteExpression(body, arguments) + inner.substring(to);
    }

    static String rewriteExpression(String text) {
        return rewriteExpression(text, true);
    }

    private static String rewriteExpression(String text, boolean wrapKeywordValues) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = ExpressionSplitter.endOfString(text, i);
                appendStringLiteral(text.substring(i, end), out);
                i = appendPercentFormat(text, end, out);
            } else if (c == ')') {
                dropTrailingComma(out);
                out.append(c);
                int next = skipSpaces(text, i + 1);
                if (next < n && text.charAt(next) == '(') {
                    out.append(".evaluate");
                    i = next;
                } else {
                    i++;
                }
            } else if (c == ']' || c == '}') {
                dropTrailingComma(out);
                out.append(c);
                i++;
            } else if (wrapKeywordValues && (Character.isLetter(c) || c == '_') && inArgumentPosition(out)
                    && keywordArgument(text, i) != null) {
                Matcher named = keywordArgument(text, i);
                int valueEnd = endOfArgument(text, named.end());
                String value = text.substring(named.end(), valueEnd);
                String trimmed = value.stripTrailing();
                out.append(text, i, named.end());
                if (trimmed.isBlank()) {
                    out.append(value);
                } else if (isOneDictOrList(trimmed.strip())) {
                    // nothing to bind, and jinjava would read "({a: 1, b: 2})" as a tuple holding the dict
                    out.append(rewriteExpression(value, true));
                } else {
                    out.append('(').append(rewriteExpression(trimmed, true)).append(')')
                            .append(value, trimmed.length(), value.length());
                }
                i = valueEnd;
            } else if (c == 'e' && text.startsWith("else", i) && isWord(text, i, 4) && !out.toString().isBlank()) {
                // jinjava reads "c if x else f(y)" as c if x else x:f(y), a namespaced function;
                // parenthesizing the else branch (which runs to the end of the expression) avoids it
                int end = endOfArgument(text, i + 4);
                String branch = text.substring(i + 4, end);
                String trimmed = branch.stripTrailing();
                out.append("else (").append(rewriteExpression(trimmed, wrapKeywordValues)).append(')')
                        .append(branch, trimmed.length(), branch.length());
                i = end;
            } else if (c == '*' && inArgumentPosition(out)) {
                boolean dict = i + 1 < n && text.charAt(i + 1) == '*';
                out.append(dict ? SpreadParameters.KWARGS : SpreadParameters.ARGS).append('=');
                i = skipSpaces(text, i + (dict ? 2 : 1));
            } else if (c == '+' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))
                    && text.charAt(i + 1) != '=') {
                out.append("+ ");
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isWord(String text, int at, int length) {
        boolean startOk = at == 0 || !(Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '_'
                || text.charAt(at - 1) == '.');
        int after = at + length;
        boolean endOk = after >= text.length() || !(Character.isLetterOrDigit(text.charAt(after))
                || text.charAt(after) == '_');
        return startOk && endOk;
    }

    private static Matcher keywordArgument(String text, int at) {
        Matcher m = NAMED_ARGUMENT.matcher(text).region(at, text.length());
        return m.lookingAt() ? m : null;
    }

    /** Whether {@code text} is one {@code {…}} or {@code […]} literal, its bracket closing at the end. */
    private static boolean isOneDictOrList(String text) {
        char first = text.charAt(0);
        if (first != '{' && first != '[') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = ExpressionSplitter.endOfString(text, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && --depth == 0) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    /** Index of the top-level {@code ,} or closing bracket that ends the argument starting at {@code from}. */
    private static int endOfArgument(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = ExpressionSplitter.endOfString(text, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Copies a string literal, keeping Python's meaning of backslashes that jinjava's lexer rejects:
     * an unknown escape such as {@code '\\s'} keeps its backslash, {@code \\t} is a tab, and the other
     * quote needs no escape. {@code \\n} stays, as a real line break would shift line numbers.
     */
    private static void appendStringLiteral(String literal, StringBuilder out) {
        if (literal.indexOf('\\') < 0) {
            out.append(literal);
            return;
        }
        char quote = literal.charAt(0);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= literal.length() - 1) {
                out.append(c);
                continue;
            }
            char next = literal.charAt(++i);
            if (next == quote || next == '\\' || next == 'n' || next == 'r') {
                out.append('\\').append(next);
            } else if (next == 't') {
                out.append('\t');
            } else if (next == '\'' || next == '"') {
                out.append(next);
            } else {
                out.append("\\\\").append(next);
            }
        }
    }

    /** Whether the next argument of a call starts here: {@code *} then spreads, it does not multiply. */
    private static boolean inArgumentPosition(StringBuilder out) {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        return end > 0 && (out.charAt(end - 1) == '(' || out.charAt(end - 1) == ',');
    }

    // Python allows f(a, b,) and [1, 2,]; jinjava's parser does not, so the comma goes.
    private static void dropTrailingComma(StringBuilder out) {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && out.charAt(end - 1) == ',') {
            out.deleteCharAt(end - 1);
        }
    }

    /** After a string literal ending at {@code at}: turns {@code % operand} into {@code |format(...)}. */
    private static int appendPercentFormat(String text, int at, StringBuilder out) {
        int percent = skipSpaces(text, at);
        if (percent >= text.length() || text.charAt(percent) != '%') {
            return at;
        }
        int start = skipSpaces(text, percent + 1);
        if (start >= text.length()) {
            return at;
        }
        int end;
        String arguments;
        char first = text.charAt(start);
        if (first == '(') {
            end = ExpressionSplitter.endOfGroup(text, start);
            arguments = text.substring(start + 1, end - 1).strip();
            if (arguments.endsWith(",")) {
                arguments = arguments.substring(0, arguments.length() - 1);
            }
        } else if (first == '\'' || first == '"') {
            end = ExpressionSplitter.endOfString(text, start);
            arguments = text.substring(start, end);
        } else {
            end = endOfOperand(text, start);
            if (end == start) {
                return at;
            }
            arguments = text.substring(start, end);
        }
        out.append("|format(").append(rewriteExpression(arguments)).append(')');
        return end;
    }

    /** A name or number with any trailing {@code .attr}, {@code (...)} and {@code [...]}. */
    private static int endOfOperand(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                i++;
            } else if ((c == '(' || c == '[') && i > start) {
                i = ExpressionSplitter.endOfGroup(text, i);
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static String firstWord(String inner) {
        int i = 0;
        while (i < inner.length() && (inner.charAt(i) == '-' || inner.charAt(i) == '+'
                || Character.isWhitespace(inner.charAt(i)))) {
            i++;
        }
        int start = i;
        while (i < inner.length() && (Character.isLetterOrDigit(inner.charAt(i)) || inner.charAt(i) == '_')) {
            i++;
        }
        return inner.substring(start, i);
    }

    /** Index just past the closing {@code }}} or {@code %}} of a block whose body starts at {@code from}. */
    static int endOfBlock(String source, int from, char closer) {
        for (int i = from; i + 1 < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\'' || c == '"') {
                i = ExpressionSplitter.endOfString(source, i) - 1;
            } else if (c == closer && source.charAt(i + 1) == '}') {
                return i + 2;
            }
        }
        return source.length();
    }

    private static int findEndRaw(String source, int from) {
        int i = from;
        while (true) {
            int open = source.indexOf("{%", i);
            if (open < 0) {
                return source.length();
            }
            int end = endOfBlock(source, open + 2, '%');
            if (firstWord(source.substring(open + 2, end - 2)).equals("endraw")) {
                return end;
            }
            i = end;
        }
    }
}
