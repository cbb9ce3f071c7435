package dev.dvt.compiler.context;

import static java.util.Objects.requireNonNull;

import dev.dvt.compiler.jinja.JavaMacro;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Map;
import java.util.function.BiConsumer;

/** {@code env_var(name, default)}, reading a fixed environment and reporting every read. */
public final class EnvironmentVariables {

    private final Map<String, String> env;

    public EnvironmentVariables(Map<String, String> env) {
        this.env = Map.copyOf(requireNonNull(env, "env is null"));
    }

    public Map<String, String> env() {
        return env;
    }

    /**
     * The function; {@code onRead} receives each name read and its value in the environment
     * (null when unset), so partial parsing can notice a changed variable.
     */
    public JavaMacro function(BiConsumer<String, String> onRead) {
        return JavaMacro.of("env_var(var, default=None)", args -> {
            String name = args.requiredString("var");
            String value = env.get(name);
            onRead.accept(name, value);
            if (value == null && args.get("default") != null) {
                value = args.string("default");
            }
            if (value == null) {
                throw new DvtException(ErrorCode.COMPILATION, "Env var required but not provided: '" + name
                        + "'. Set it in the environment or give env_var() a default");
            }
            return value;
        });
    }
}
