package dev.dvt.compiler.runtime;

import dev.dvt.artifacts.manifest.NodeConfig;
import dev.dvt.compiler.jinja.JavaMacro;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code config} object a materialization sees: {@code config.get(name, default=None)},
 * {@code config.require(name)}, {@code config.set(name, value)},
 * {@code config.persist_relation_docs()} and {@code config.persist_column_docs()}.
 */
final class NodeConfigObject {
    private NodeConfigObject() {
    }

    static Map<String, Object> of(NodeConfig config, String nodeId) {
        Map<String, Object> object = new HashMap<>();
        object.put("get", JavaMacro.of("get(name, default=None, validator=None)", a -> {
            Object value = config.get(a.requiredString("name"));
            return value == null ? a.get("default") : value;
        }).function());
        object.put("require", JavaMacro.of("require(name, validator=None)", a -> {
            Object value = config.get(a.requiredString("name"));
            if (value == null) {
                throw new DvtException(ErrorCode.COMPILATION, nodeId + " needs the config '" + a.string("name")
                        + "'; set it in the model's config() or in its properties file");
            }
            return value;
        }).function());
        object.put("set", JavaMacro.of("set(name, value)", a -> {
            config.put(a.requiredString("name"), a.get("value"));
            return "";
        }).function());
        object.put("persist_relation_docs", JavaMacro.of("persist_relation_docs()",
                a -> persistDocs(config, "relation")).function());
        object.put("persist_column_docs", JavaMacro.of("persist_column_docs()",
                a -> persistDocs(config, "columns")).function());
        return object;
    }

    private static boolean persistDocs(NodeConfig config, String key) {
        return config.get("persist_docs") instanceof Map<?, ?> docs && Boolean.TRUE.equals(docs.get(key));
    }
}
