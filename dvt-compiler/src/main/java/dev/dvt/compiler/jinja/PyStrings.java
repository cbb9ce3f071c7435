package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.el.ext.NamedParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Python {@code str} methods for Jinja expressions on strings. */
final class PyStrings {

    private static final Set<String> METHODS = Set.of("upper", "lower", "strip", "lstrip", "rstrip", "split",
            "rsplit", "startswith", "endswith", "replace", "format", "join", "title", "capitalize", "find",
            "count", "isdigit", "isalpha", "isalnum", "isupper", "islower", "isspace", "zfill", "splitlines",
            "index", "casefold", "swapcase");

    private PyStrings() {
    }

    static boolean supports(String method) {
        return METHODS.contains(method);
    }

    static Object call(String s, String method, Object[] a, Object[] raw) {
        return switch (method) {
            case "upper" -> s.toUpperCase(Locale.ROOT);
            case "lower", "casefold" -> s.toLowerCase(Locale.ROOT);
            case "swapcase" -> swapcase(s);
            case "strip" -> rstrip(lstrip(s, arg(a, 0)), arg(a, 0));
            case "lstrip" -> lstrip(s, arg(a, 0));
            case "rstrip" -> rstrip(s, arg(a, 0));
            case "split" -> split(s, arg(a, 0), a.length > 1 ? ((Number) a[1]).intValue() : -1);
            case "rsplit" -> rsplit(s, arg(a, 0), a.length > 1 ? ((Number) a[1]).intValue() : -1);
            case "splitlines" -> List.of(s.split("\\R"));
            case "startswith" -> startsOrEnds(s, a[0], true);
            case "endswith" -> startsOrEnds(s, a[0], false);
            case "replace" -> replace(s, String.valueOf(a[0]), String.valueOf(a[1]),
                    a.length > 2 ? ((Number) a[2]).intValue() : -1);
            case "format" -> format(s, a, raw);
            case "join" -> join(s, a[0]);
            case "title" -> title(s);
            case "capitalize" -> s.isEmpty() ? s
                    : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
            case "find" -> (long) s.indexOf(String.valueOf(a[0]));
            case "index" -> {
                int i = s.indexOf(String.valueOf(a[0]));
                if (i < 0) {
                    throw new IllegalArgumentException("substring not found: " + a[0]);
                }
                yield (long) i;
            }
            case "count" -> count(s, String.valueOf(a[0]));
            case "isdigit" -> !s.isEmpty() && s.chars().allMatch(Character::isDigit);
            case "isalpha" -> !s.isEmpty() && s.chars().allMatch(Character::isLetter);
            case "isalnum" -> !s.isEmpty() && s.chars().allMatch(Character::isLetterOrDigit);
            case "isspace" -> !s.isEmpty() && s.isBlank();
            case "isupper" -> s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
            case "islower" -> s.chars().anyMatch(Character::isLetter) && s.equals(s.toLowerCase(Locale.ROOT));
            case "zfill" -> zfill(s, ((Number) a[0]).intValue());
            default -> throw new IllegalArgumentException("str has no method " + method);
        };
    }

    private static String arg(Object[] a, int i) {
        return a.length > i && a[i] != null ? a[i].toString() : null;
    }

    private static String lstrip(String s, String chars) {
        int i = 0;
        while (i < s.length() && (chars == null ? Character.isWhitespace(s.charAt(i)) : chars.indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return s.substring(i);
    }

    private static String rstrip(String s, String chars) {
        int i = s.length();
        while (i > 0 && (chars == null ? Character.isWhitespace(s.charAt(i - 1)) : chars.indexOf(s.charAt(i - 1)) >= 0)) {
            i--;
        }
        return s.substring(0, i);
    }

    static List<String> split(String s, String sep, int max) {
        List<String> out = new ArrayList<>();
        if (sep == null) {
            String rest = s.strip();
            while (!rest.isEmpty()) {
                if (max >= 0 && out.size() == max) {
                    out.add(rest);
                    return out;
                }
                int i = 0;
                while (i < rest.length() && !Character.isWhitespace(rest.charAt(i))) {
                    i++;
                }
                out.add(rest.substring(0, i));
                rest = rest.substring(i).stripLeading();
            }
            return out;
        }
        if (sep.isEmpty()) {
            throw new IllegalArgumentException("empty separator");
        }
        int start = 0;
        while (max < 0 || out.size() < max) {
            int i = s.indexOf(sep, start);
            if (i < 0) {
                break;
            }
            out.add(s.substring(start, i));
            start = i + sep.length();
        }
        out.add(s.substring(start));
        return out;
    }

    private static List<String> rsplit(String s, String sep, int max) {
        if (sep == null || max < 0) {
            return split(s, sep, max);
        }
        List<String> out = new ArrayList<>();
        int end = s.length();
        while (out.size() < max) {
            int i = s.lastIndexOf(sep, end - sep.length());
            if (i < 0) {
                break;
            }
            out.add(0, s.substring(i + sep.length(), end));
            end = i;
        }
        out.add(0, s.substring(0, end));
        return out;
    }

    private static boolean startsOrEnds(String s, Object prefix, boolean start) {
        if (prefix instanceof Iterable<?> options) {
            for (Object o : options) {
                if (startsOrEnds(s, o, start)) {
                    return true;
                }
            }
            return false;
        }
        String p = String.valueOf(prefix);
        return start ? s.startsWith(p) : s.endsWith(p);
    }

    private static String replace(String s, String from, String to, int count) {
        if (count < 0) {
            return s.replace(from, to);
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int n = 0; n < count; n++) {
            int i = s.indexOf(from, start);
            if (i < 0) {
                break;
            }
            out.append(s, start, i).append(to);
            start = i + from.length();
        }
        return out.append(s.substring(start)).toString();
    }

    private static String join(String sep, Object items) {
        List<String> parts = new ArrayList<>();
        if (items instanceof Iterable<?> it) {
            it.forEach(o -> parts.add(Values.text(o)));
        }
        return String.join(sep, parts);
    }

    /** {@code '{} and {0} and {name}'.format(...)}. */
    private static String format(String s, Object[] positional, Object[] raw) {
        Map<String, Object> named = new HashMap<>();
        for (Object o : raw) {
            if (o instanceof NamedParameter p) {
                named.put(p.getName(), p.getValue());
            }
        }
        StringBuilder out = new StringBuilder();
        int auto = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                out.append('{');
                i++;
            } else if (c == '}' && i + 1 < s.length() && s.charAt(i + 1) == '}') {
                out.append('}');
                i++;
            } else if (c == '{') {
                int close = s.indexOf('}', i);
                String field = s.substring(i + 1, close);
                int colon = field.indexOf(':');
                String key = colon < 0 ? field : field.substring(0, colon);
                Object value = key.isEmpty() ? positional[auto++]
                        : Character.isDigit(key.charAt(0)) ? positional[Integer.parseInt(key)] : named.get(key);
                out.append(Values.text(value));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    private static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return out.toString();
    }

    private static long count(String s, String sub) {
        if (sub.isEmpty()) {
            return s.length() + 1L;
        }
        long n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    private static String zfill(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        boolean sign = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+');
        String digits = sign ? s.substring(1) : s;
        return (sign ? s.substring(0, 1) : "") + "0".repeat(width - s.length()) + digits;
    }
}
