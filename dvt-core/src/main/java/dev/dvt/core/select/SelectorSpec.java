package dev.dvt.core.select;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** A parsed selection: one method spec, or a set operation over specs. */
public sealed interface SelectorSpec {

    /**
     * One {@code [@][N+]method:value[+N]} spec.
     *
     * @param raw the text the spec came from, for messages
     * @param arguments the dotted suffix of the method ({@code meta.owner} in
     *     {@code config.meta.owner})
     * @param parentsDepth with {@code parents}: empty means unlimited
     * @param childrenDepth with {@code children}: empty means unlimited
     * @param childrensParents the {@code @} operator
     */
    record Method(
            String raw,
            MethodName method,
            List<String> arguments,
            String value,
            boolean parents,
            OptionalInt parentsDepth,
            boolean children,
            OptionalInt childrenDepth,
            boolean childrensParents,
            IndirectSelection indirectSelection)
            implements SelectorSpec {

        public Method {
            requireNonNull(raw, "raw is null");
            requireNonNull(method, "method is null");
            arguments = List.copyOf(requireNonNull(arguments, "arguments is null"));
            requireNonNull(value, "value is null");
            requireNonNull(parentsDepth, "parentsDepth is null");
            requireNonNull(childrenDepth, "childrenDepth is null");
            requireNonNull(indirectSelection, "indirectSelection is null");
        }

        /** The spec in canonical command-line form, e.g. {@code 2+config.materialized:table+}. */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            if (childrensParents) {
                text.append('@');
            }
            if (parents) {
                parentsDepth.ifPresent(text::append);
                text.append('+');
            }
            text.append(method.value());
            arguments.forEach(argument -> text.append('.').append(argument));
            text.append(':').append(value);
            if (children) {
                text.append('+');
                childrenDepth.ifPresent(text::append);
            }
            return text.toString();
        }
    }

    /** Set operators; a difference removes every later part from the first. */
    enum Operator { UNION, INTERSECTION, DIFFERENCE }

    /**
     * A set operation.
     *
     * @param indirectSelection how tests held back by cautious or buildable parts are reconsidered
     *     once the parts are combined
     * @param warnIfEmpty report when this part selects nothing (true for each command-line spec)
     */
    record Combined(
            Operator operator,
            List<SelectorSpec> parts,
            IndirectSelection indirectSelection,
            boolean warnIfEmpty,
            Optional<String> raw)
            implements SelectorSpec {

        public Combined {
            requireNonNull(operator, "operator is null");
            parts = List.copyOf(requireNonNull(parts, "parts is null"));
            requireNonNull(indirectSelection, "indirectSelection is null");
            requireNonNull(raw, "raw is null");
        }

        @Override
        public String toString() {
            String separator = switch (operator) {
                case UNION -> " ";
                case INTERSECTION -> ",";
                case DIFFERENCE -> " --exclude ";
            };
            return raw.orElseGet(() -> parts.stream().map(SelectorSpec::toString)
                    .collect(Collectors.joining(separator, "(", ")")));
        }
    }
}
