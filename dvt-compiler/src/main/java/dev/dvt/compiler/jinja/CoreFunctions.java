package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The functions of dbt's base context that need no caller input. */
final class CoreFunctions {

    private static final Logger LOG = LoggerFactory.getLogger("dvt.jinja");

    private CoreFunctions() {
    }

    static List<JavaMacro> functions() {
        List<JavaMacro> f = new ArrayList<>();
        f.add(JavaMacro.of("return(value=None)", a -> {
            RenderState.current().returnValue(a.get("value"));
            return "";
        }));
        f.add(JavaMacro.of("log(msg, info=False)", a -> {
            if (a.bool("info")) {
                LOG.info("{}", Values.text(a.get("msg")));
            } else {
                LOG.debug("{}", Values.text(a.get("msg")));
            }
            return "";
        }));
        f.add(JavaMacro.of("print(*args)", a -> {
            List<String> parts = new ArrayList<>();
            a.varargs().forEach(v -> parts.add(Values.text(v)));
            LOG.info("{}", String.join(" ", parts));
            return "";
        }));
        f.add(JavaMacro.of("zip(*args)", a -> zip(a.varargs())));
        f.add(JavaMacro.of("zip_strict(*args)", a -> zip(a.varargs())));
        f.add(JavaMacro.of("dict(mapping=None, **kwargs)", a -> {
            Map<Object, Object> out = new LinkedHashMap<>();
            if (a.get("mapping") instanceof Map<?, ?> m) {
                out.putAll(m);
            } else if (a.get("mapping") instanceof Iterable<?> pairs) {
                for (Object pair : pairs) {
                    List<?> kv = (List<?>) pair;
                    out.put(kv.get(0), kv.get(1));
                }
            }
            out.putAll(a.kwargs());
            return out;
        }));
        f.add(JavaMacro.of("set(value=None)", a -> a.get("value") instanceof Iterable<?> it
                ? toSet(it) : new LinkedHashSet<>()));
        f.add(JavaMacro.of("set_strict(value)", a -> toSet((Iterable<?>) a.get("value"))));
        f.add(JavaMacro.of("local_md5(value)", a -> md5(Values.text(a.get("value")))));
        f.add(JavaMacro.of("tojson(value, default=None, sort_keys=False)", a -> filter("tojson", a.get("value"))));
        f.add(JavaMacro.of("fromjson(value, default=None)", a -> parseOr("fromjson", a)));
        f.add(JavaMacro.of("toyaml(value, default=None)", a -> filter("toyaml", a.get("value"))));
        f.add(JavaMacro.of("fromyaml(value, default=None)", a -> parseOr("fromyaml", a)));
        f.add(JavaMacro.of("is_incremental()", a -> RenderState.current().context().incremental().isIncremental()));
        f.add(JavaMacro.of("should_full_refresh()",
                a -> RenderState.current().context().incremental().shouldFullRefresh()));
        return f;
    }

    /** {@code exceptions.*}. */
    static Map<String, Object> exceptions() {
        Map<String, Object> ex = new LinkedHashMap<>();
        ex.put("raise_compiler_error", JavaMacro.of("raise_compiler_error(msg, node=None)", a -> {
            throw new DvtException(ErrorCode.COMPILATION, Values.text(a.get("msg")));
        }).function());
        ex.put("raise_not_implemented", JavaMacro.of("raise_not_implemented(msg)", a -> {
            throw new DvtException(ErrorCode.COMPILATION, "Not implemented: " + Values.text(a.get("msg")));
        }).function());
        ex.put("raise_database_error", JavaMacro.of("raise_database_error(msg)", a -> {
            throw new DvtException(ErrorCode.DATABASE, Values.text(a.get("msg")));
        }).function());
        ex.put("warn", JavaMacro.of("warn(msg, node=None)", a -> {
            RenderState.Frame frame = RenderState.current().top();
            LOG.warn("{}{}", frame.file == null ? "" : frame.file + ", line " + frame.line + ": ",
                    Values.text(a.get("msg")));
            return "";
        }).function());
        return ex;
    }

    private static Object filter(String name, Object value) {
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        return interpreter.getContext().getFilter(name).filter(value, interpreter);
    }

    private static Object parseOr(String filter, MacroArgs a) {
        try {
            return filter(filter, a.get("value"));
        } catch (RuntimeException e) {
            if (a.get("default") != null) {
                return a.get("default");
            }
            throw new DvtException(ErrorCode.COMPILATION, filter + "() could not parse its input: "
                    + RenderState.describe(e), e);
        }
    }

    private static List<List<Object>> zip(List<Object> lists) {
        List<Iterator<?>> its = new ArrayList<>();
        for (Object l : lists) {
            its.add(((Iterable<?>) l).iterator());
        }
        List<List<Object>> out = new ArrayList<>();
        while (!its.isEmpty() && its.stream().allMatch(Iterator::hasNext)) {
            List<Object> tuple = new ArrayList<>(its.size());
            its.forEach(it -> tuple.add(it.next()));
            out.add(tuple);
        }
        return out;
    }

    private static LinkedHashSet<Object> toSet(Iterable<?> it) {
        LinkedHashSet<Object> set = new LinkedHashSet<>();
        it.forEach(set::add);
        return set;
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
