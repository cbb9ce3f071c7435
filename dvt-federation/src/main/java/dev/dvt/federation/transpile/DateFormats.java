package dev.dvt.federation.transpile;

import java.util.Map;
import java.util.Optional;

/** MySQL {@code DATE_FORMAT} patterns rewritten for DuckDB {@code strftime} and Spark {@code date_format}. */
final class DateFormats {
    private static final Map<Character, String> TO_STRFTIME = Map.ofEntries(
            Map.entry('Y', "%Y"), Map.entry('y', "%y"), Map.entry('m', "%m"), Map.entry('c', "%-m"),
            Map.entry('d', "%d"), Map.entry('e', "%-d"), Map.entry('H', "%H"), Map.entry('k', "%-H"),
            Map.entry('h', "%I"), Map.entry('I', "%I"), Map.entry('l', "%-I"), Map.entry('i', "%M"),
            Map.entry('s', "%S"), Map.entry('S', "%S"), Map.entry('p', "%p"), Map.entry('b', "%b"),
            Map.entry('M', "%B"), Map.entry('a', "%a"), Map.entry('W', "%A"), Map.entry('j', "%j"),
            Map.entry('f', "%f"), Map.entry('T', "%H:%M:%S"), Map.entry('%', "%%"));
    private static final Map<Character, String> TO_JAVA = Map.ofEntries(
            Map.entry('Y', "yyyy"), Map.entry('y', "yy"), Map.entry('m', "MM"), Map.entry('c', "M"),
            Map.entry('d', "dd"), Map.entry('e', "d"), Map.entry('H', "HH"), Map.entry('k', "H"),
            Map.entry('h', "hh"), Map.entry('I', "hh"), Map.entry('l', "h"), Map.entry('i', "mm"),
            Map.entry('s', "ss"), Map.entry('S', "ss"), Map.entry('p', "a"), Map.entry('b', "MMM"),
            Map.entry('M', "MMMM"), Map.entry('a', "EEE"), Map.entry('W', "EEEE"), Map.entry('j', "DDD"),
            Map.entry('f', "SSSSSS"), Map.entry('T', "HH:mm:ss"));

    private DateFormats() {
    }

    /** The pattern for the compute, or empty when it uses a specifier with no equivalent. */
    static Optional<String> fromMysql(String pattern, ComputeDialect to) {
        Map<Character, String> table = to == ComputeDialect.SPARK ? TO_JAVA : TO_STRFTIME;
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length()) {
                char spec = pattern.charAt(++i);
                if (to == ComputeDialect.SPARK && spec == '%') {
                    literal.append('%');
                    continue;
                }
                String mapped = table.get(spec);
                if (mapped == null) {
                    return Optional.empty();
                }
                flushLiteral(literal, out, to);
                out.append(mapped);
            } else {
                literal.append(c);
            }
        }
        flushLiteral(literal, out, to);
        return Optional.of(out.toString());
    }

    /** Java patterns need letters quoted; strftime takes literal text as is (but % doubled). */
    private static void flushLiteral(StringBuilder literal, StringBuilder out, ComputeDialect to) {
        if (literal.isEmpty()) {
            return;
        }
        String text = literal.toString();
        if (to == ComputeDialect.SPARK) {
            out.append(text.chars().anyMatch(Character::isLetter) || text.contains("'")
                    ? "'" + text.replace("'", "''") + "'" : text);
        } else {
            out.append(text.replace("%", "%%"));
        }
        literal.setLength(0);
    }
}
