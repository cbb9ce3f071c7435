package dev.dvt.core.adapter;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.events.Events;
import dev.dvt.core.events.Redactor;
import dev.dvt.core.yaml.SecretKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an adapter's keys from one profiles.yml output: typed values with aliases, clear errors
 * naming the target for missing or malformed values, and a warning for every key the adapter did
 * not read (a typo should not fail a run, but should not pass silently either). Creating one
 * registers every secret value of the output with the {@link Redactor}.
 */
public final class ProfileKeys {
    /** Keys every output may have whatever its type. */
    private static final Set<String> COMMON = Set.of("name", "type", "threads", "schema", "database");

    private final TargetConfig target;
    private final Set<String> read = new HashSet<>(COMMON);

    public ProfileKeys(TargetConfig target) {
        this.target = requireNonNull(target, "target is null");
        registerSecrets(target.asMap());
    }

    private static void registerSecrets(Map<String, ?> values) {
        values.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> inner = (Map<String, ?>) nested;
                registerSecrets(inner);
            } else if (value != null && SecretKeys.isSecret(key)) {
                Redactor.register(value.toString());
            }
        });
    }

    public TargetConfig target() {
        return target;
    }

    /** The first of {@code key} and its aliases that the output sets to a non-blank value. */
    public Optional<String> string(String key, String... aliases) {
        for (String k : keys(key, aliases)) {
            Object value = target.get(k);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString().trim());
            }
        }
        return Optional.empty();
    }

    public String required(String key, String... aliases) {
        return string(key, aliases).orElseThrow(() -> new DvtException(ErrorCode.PROFILE, "Target '"
                + target.name() + "' (" + target.type() + ") has no '" + key + "': add it to the output in"
                + " profiles.yml"));
    }

    public int integer(String key, int defaultValue, String... aliases) {
        Optional<String> text = string(key, aliases);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw bad(key, "a whole number", text.get());
        }
    }

    public boolean bool(String key, boolean defaultValue, String... aliases) {
        Optional<String> text = string(key, aliases);
        if (text.isEmpty()) {
            return defaultValue;
        }
        return switch (text.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw bad(key, "true or false", text.get());
        };
    }

    /** Marks keys as known without reading them (keys other parts of DVT read). */
    public void accept(String... keys) {
        read.addAll(List.of(keys));
    }

    private List<String> keys(String key, String... aliases) {
        List<String> all = new ArrayList<>(aliases.length + 1);
        all.add(key);
        all.addAll(List.of(aliases));
        read.addAll(all);
        return all;
    }

    private DvtException bad(String key, String expected, String value) {
        String shown = SecretKeys.isSecret(key) ? SecretKeys.MASK : "'" + value + "'";
        return new DvtException(ErrorCode.PROFILE, "Target '" + target.name() + "': '" + key + "' must be "
                + expected + ", not " + shown);
    }

    /** Keys of the output that nothing read, in file order. */
    public List<String> unknownKeys() {
        return target.asMap().keySet().stream().filter(k -> !read.contains(k)).toList();
    }

    /** Warns once per unknown key, naming it and the target; returns the keys warned about. */
    public List<String> warnUnknownKeys() {
        List<String> unknown = unknownKeys();
        for (String key : unknown) {
            Events.warn("AdapterUnknownProfileKey", "Target '" + target.name() + "' (" + target.type()
                    + "): profile key '" + key + "' is not a " + target.type() + " setting and is ignored");
        }
        return unknown;
    }
}
