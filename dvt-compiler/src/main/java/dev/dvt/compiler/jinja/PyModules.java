package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.objects.date.StrftimeFormatter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code modules} global: the parts of Python's {@code datetime}, {@code re},
 * {@code itertools} and {@code pytz} that dbt projects call. Dates are {@link PyDateTime}s
 * ({@code .strftime()}, {@code .isoformat()}, {@code .year}, {@code .replace(...)}, …);
 * {@code datetime} and {@code date} are callable classes; {@code now() - timedelta(days=1)} works.
 */
final class PyModules {

    private PyModules() {
    }

    static Map<String, Object> modules() {
        Map<String, Object> modules = new LinkedHashMap<>();
        modules.put("datetime", datetime());
        modules.put("re", re());
        modules.put("itertools", itertools());
        modules.put("pytz", pytz());
        return modules;
    }

    private static Map<String, Object> datetime() {
        Map<String, Object> datetimeClass = new LinkedHashMap<>();
        put(datetimeClass, "now(tz=None)", a -> PyDateTime.of(LocalDateTime.now(zone(a.get("tz"))),
                a.get("tz") == null ? null : zone(a.get("tz"))));
        put(datetimeClass, "today()", a -> PyDateTime.of(LocalDateTime.now(), null));
        put(datetimeClass, "utcnow()", a -> PyDateTime.of(LocalDateTime.now(ZoneOffset.UTC), null));
        put(datetimeClass, "strptime(date_string, format)", a -> PyDateTime.of(strptime(
                a.requiredString("date_string"), a.requiredString("format")), null));
        put(datetimeClass, "fromisoformat(date_string)", a -> fromIso(a.requiredString("date_string")));
        JavaMacro newDatetime = JavaMacro.of("datetime(year, month, day, hour=0, minute=0, second=0,"
                + " microsecond=0, tzinfo=None)", a -> PyDateTime.of(LocalDateTime.of((int) num(a, "year"),
                        (int) num(a, "month"), (int) num(a, "day"), (int) num(a, "hour"), (int) num(a, "minute"),
                        (int) num(a, "second"), (int) num(a, "microsecond") * 1000),
                        a.get("tzinfo") == null ? null : zone(a.get("tzinfo"))));
        Map<String, Object> dateClass = new LinkedHashMap<>();
        put(dateClass, "today()", a -> PyDateTime.ofDate(LocalDate.now()));
        put(dateClass, "fromisoformat(date_string)", a -> PyDateTime.ofDate(LocalDate.parse(
                a.requiredString("date_string"))));
        JavaMacro newDate = JavaMacro.of("date(year, month, day)", a -> PyDateTime.ofDate(LocalDate.of(
                (int) num(a, "year"), (int) num(a, "month"), (int) num(a, "day"))));
        Map<String, Object> module = new LinkedHashMap<>();
        module.put("datetime", new CallableNamespace(newDatetime, datetimeClass));
        module.put("date", new CallableNamespace(newDate, dateClass));
        put(module, "timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)",
                a -> new Timedelta(Duration.ofDays(num(a, "days") + 7 * num(a, "weeks"))
                        .plusHours(num(a, "hours")).plusMinutes(num(a, "minutes")).plusSeconds(num(a, "seconds"))
                        .plusMillis(num(a, "milliseconds")).plusNanos(1000 * num(a, "microseconds"))));
        return module;
    }

    private static PyDateTime fromIso(String text) {
        String t = text.strip().replace(' ', 'T');
        if (t.length() == 10) {
            return PyDateTime.of(LocalDate.parse(t).atStartOfDay(), null);
        }
        try {
            return (PyDateTime) PyDateTime.fromDatabase(java.time.OffsetDateTime.parse(t));
        } catch (java.time.format.DateTimeParseException e) {
            return PyDateTime.of(LocalDateTime.parse(t), null);
        }
    }

    /** {@code datetime.timedelta}: {@code .days}, {@code .seconds}, {@code .total_seconds()}. */
    public static final class Timedelta {
        private final Duration duration;

        Timedelta(Duration duration) {
            this.duration = duration;
        }

        Duration duration() {
            return duration;
        }

        public long getDays() {
            return Math.floorDiv(duration.getSeconds(), 86400);
        }

        public long getSeconds() {
            return Math.floorMod(duration.getSeconds(), 86400);
        }

        public double total_seconds() {
            return duration.toNanos() / 1e9;
        }

        /** Python's {@code str(timedelta)}: {@code 10 days, 0:00:00}. */
        @Override
        public String toString() {
            long days = getDays();
            long rest = getSeconds();
            String clock = String.format("%d:%02d:%02d", rest / 3600, rest / 60 % 60, rest % 60);
            int micros = duration.getNano() / 1000;
            if (micros != 0) {
                clock += String.format(".%06d", micros);
            }
            return days == 0 ? clock : days + (Math.abs(days) == 1 ? " day, " : " days, ") + clock;
        }
    }

    private static Map<String, Object> re() {
        Map<String, Object> re = new LinkedHashMap<>();
        re.put("IGNORECASE", (long) Pattern.CASE_INSENSITIVE);
        re.put("I", (long) Pattern.CASE_INSENSITIVE);
        re.put("MULTILINE", (long) Pattern.MULTILINE);
        re.put("DOTALL", (long) Pattern.DOTALL);
        put(re, "match(pattern, string, flags=0)", a -> {
            Matcher m = compile(a).matcher(a.requiredString("string"));
            return m.lookingAt() ? groups(m) : null;
        });
        put(re, "fullmatch(pattern, string, flags=0)", a -> {
            Matcher m = compile(a).matcher(a.requiredString("string"));
            return m.matches() ? groups(m) : null;
        });
        put(re, "search(pattern, string, flags=0)", a -> {
            Matcher m = compile(a).matcher(a.requiredString("string"));
            return m.find() ? groups(m) : null;
        });
        put(re, "findall(pattern, string, flags=0)", a -> {
            Matcher m = compile(a).matcher(a.requiredString("string"));
            List<Object> out = new ArrayList<>();
            while (m.find()) {
                out.add(m.groupCount() == 0 ? m.group() : m.groupCount() == 1 ? m.group(1) : groups(m).groups());
            }
            return out;
        });
        put(re, "sub(pattern, repl, string, count=0, flags=0)", a -> {
            Matcher m = compile(a).matcher(a.requiredString("string"));
            String repl = javaReplacement(a.requiredString("repl"));
            long count = num(a, "count");
            if (count == 0) {
                return m.replaceAll(repl);
            }
            StringBuilder out = new StringBuilder();
            for (long n = 0; n < count && m.find(); n++) {
                m.appendReplacement(out, repl);
            }
            m.appendTail(out);
            return out.toString();
        });
        put(re, "split(pattern, string, maxsplit=0, flags=0)",
                a -> List.of(compile(a).split(a.requiredString("string"), (int) num(a, "maxsplit") == 0 ? -1
                        : (int) num(a, "maxsplit") + 1)));
        put(re, "escape(pattern)", a -> Pattern.quote(a.requiredString("pattern")));
        return re;
    }

    /** What {@code re.match} returns: {@code .group(n)}, {@code .groups()}. */
    public static final class MatchResult {
        private final List<String> groups;

        MatchResult(List<String> groups) {
            this.groups = groups;
        }

        public String group(long n) {
            return groups.get((int) n);
        }

        public String group() {
            return groups.get(0);
        }

        public List<String> groups() {
            return groups.subList(1, groups.size());
        }
    }

    private static MatchResult groups(Matcher m) {
        List<String> g = new ArrayList<>();
        for (int i = 0; i <= m.groupCount(); i++) {
            g.add(m.group(i));
        }
        return new MatchResult(g);
    }

    private static Map<String, Object> itertools() {
        Map<String, Object> it = new LinkedHashMap<>();
        put(it, "chain(*args)", a -> {
            List<Object> out = new ArrayList<>();
            a.varargs().forEach(l -> ((Iterable<?>) l).forEach(out::add));
            return out;
        });
        put(it, "product(*args)", a -> {
            List<List<Object>> out = new ArrayList<>();
            out.add(new ArrayList<>());
            for (Object l : a.varargs()) {
                List<List<Object>> next = new ArrayList<>();
                for (List<Object> prefix : out) {
                    for (Object v : (Iterable<?>) l) {
                        List<Object> p = new ArrayList<>(prefix);
                        p.add(v);
                        next.add(p);
                    }
                }
                out = next;
            }
            return out;
        });
        return it;
    }

    private static Map<String, Object> pytz() {
        Map<String, Object> pytz = new LinkedHashMap<>();
        pytz.put("utc", new PyTimezone(ZoneOffset.UTC));
        pytz.put("UTC", new PyTimezone(ZoneOffset.UTC));
        put(pytz, "timezone(zone)", a -> new PyTimezone(zone(a.get("zone"))));
        return pytz;
    }

    private static void put(Map<String, Object> into, String signature, JavaMacro.Body body) {
        JavaMacro macro = JavaMacro.of(signature, body);
        MacroFunction f = macro.function();
        into.put(macro.name(), f);
    }

    private static ZoneId zone(Object tz) {
        if (tz instanceof PyTimezone t) {
            return t.zone();
        }
        return tz == null ? ZoneId.systemDefault() : tz.toString().equals("UTC") ? ZoneOffset.UTC : ZoneId.of(tz.toString());
    }

    private static long num(MacroArgs a, String name) {
        Object v = a.get(name);
        return v == null ? 0 : ((Number) v).longValue();
    }

    private static Pattern compile(MacroArgs a) {
        return Pattern.compile(javaRegex(a.requiredString("pattern")), (int) num(a, "flags"));
    }

    /**
     * Python's {@code re.sub} replacement in Java's: {@code \\1} and {@code \\g<1>} / {@code \\g<name>}
     * are group references, {@code $} is literal, {@code \\\\} is a backslash.
     */
    static String javaReplacement(String python) {
        StringBuilder out = new StringBuilder(python.length() + 8);
        for (int i = 0; i < python.length(); i++) {
            char c = python.charAt(i);
            if (c == '$') {
                out.append("\\$");
            } else if (c == '\\' && i + 1 < python.length()) {
                char next = python.charAt(++i);
                int close = python.indexOf('>', i);
                if (next == 'g' && i + 1 < python.length() && python.charAt(i + 1) == '<' && close > 0) {
                    String group = python.substring(i + 2, close);
                    out.append(group.chars().allMatch(Character::isDigit) ? "$" + group : "${" + group + "}");
                    i = close;
                } else if (Character.isDigit(next)) {
                    out.append('$').append(next);
                } else if (next == 'n') {
                    out.append('\n');
                } else if (next == 't') {
                    out.append('\t');
                } else {
                    out.append('\\').append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final Pattern QUANTIFIER = Pattern.compile("\\{\\d*(,\\d*)?}");

    /**
     * Python's regex dialect in Java's: a brace that does not open a quantifier is literal in
     * Python (Java rejects it), {@code {,n}} means {@code {0,n}}, and named groups are spelled
     * {@code (?P<name>...)} / {@code (?P=name)}.
     */
    static String javaRegex(String python) {
        StringBuilder out = new StringBuilder(python.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < python.length(); i++) {
            char c = python.charAt(i);
            if (c == '\\' && i + 1 < python.length()) {
                out.append(c).append(python.charAt(++i));
            } else if (c == '[' && !inClass) {
                inClass = true;
                out.append(c);
            } else if (c == ']' && inClass) {
                inClass = false;
                out.append(c);
            } else if (c == '{' && !inClass) {
                Matcher q = QUANTIFIER.matcher(python).region(i, python.length());
                boolean quantifier = q.lookingAt() && q.end() - i > 2 && i > 0;
                out.append(!quantifier ? "\\{" : python.charAt(i + 1) == ',' ? "{0" : "{");
            } else if (c == '}' && !inClass && !closesQuantifier(out)) {
                out.append("\\}");
            } else if (python.startsWith("(?P<", i)) {
                out.append("(?<");
                i += 3;
            } else if (python.startsWith("(?P=", i)) {
                int end = python.indexOf(')', i);
                out.append("\\k<").append(python, i + 4, end).append('>');
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the last unescaped brace written opens a quantifier that this {@code }} closes. */
    private static boolean closesQuantifier(StringBuilder out) {
        int open = out.lastIndexOf("{");
        return open >= 0 && (open == 0 || out.charAt(open - 1) != '\\')
                && out.substring(open + 1).matches("\\d*(,\\d*)?") && out.length() - open > 1;
    }

    private static LocalDateTime strptime(String text, String format) {
        var formatter = StrftimeFormatter.toDateTimeFormatter(format);
        try {
            return LocalDateTime.parse(text, formatter);
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDate.parse(text, formatter).atStartOfDay();
        }
    }
}
