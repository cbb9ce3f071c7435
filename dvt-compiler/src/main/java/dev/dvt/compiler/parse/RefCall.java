package dev.dvt.compiler.parse;

import static java.util.Objects.requireNonNull;

/** One {@code ref()} call: {@code ref('name')}, {@code ref('pkg', 'name')}, {@code ref('name', v=2)}. */
public record RefCall(String packageName, String name, Object version) {
    public RefCall {
        requireNonNull(name, "name is null");
    }

    /** How the call reads in a template, for messages. */
    public String describe() {
        StringBuilder s = new StringBuilder("ref(");
        if (packageName != null) {
            s.append('\'').append(packageName).append("', ");
        }
        s.append('\'').append(name).append('\'');
        if (version != null) {
            s.append(", v=").append(version);
        }
        return s.append(')').toString();
    }
}
