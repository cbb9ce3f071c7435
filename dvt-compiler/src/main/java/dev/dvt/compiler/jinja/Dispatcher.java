package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code adapter.dispatch(macro_name, macro_namespace=None)}: finds the adapter-specific version
 * of a macro. Packages are searched in order: the project's {@code dispatch:} search order for
 * the namespace if configured, else (no namespace) the caller's own lookup chain, else the root
 * project then the namespace; the namespace and {@code dbt} are always tried last. In each
 * package, the prefixes are the adapter type chain (e.g. {@code redshift__}, {@code postgres__})
 * then {@code default__}.
 */
final class Dispatcher {

    private final String rootPackage;
    private final Map<String, List<String>> searchOrders;
    private final List<String> defaultAdapterTypes;

    Dispatcher(String rootPackage, Map<String, List<String>> searchOrders, List<String> defaultAdapterTypes) {
        this.rootPackage = rootPackage;
        this.searchOrders = searchOrders;
        this.defaultAdapterTypes = defaultAdapterTypes;
    }

    JavaMacro dispatchFunction(Supplier<ThreadRuntime> runtimes) {
        return JavaMacro.of("dispatch(macro_name, macro_namespace=None, packages=None)",
                args -> dispatch(runtimes.get(), args.requiredString("macro_name"),
                        args.string("macro_namespace")));
    }

    JavaMacro typeFunction() {
        return JavaMacro.of("type()", args -> {
            List<String> types = adapterTypes(RenderState.current().context());
            return types.isEmpty() ? "default" : types.get(0);
        });
    }

    List<String> adapterTypes(RenderContext ctx) {
        return ctx.adapterTypesOr(defaultAdapterTypes);
    }

    MacroFunction dispatch(ThreadRuntime runtime, String macroName, String namespace) {
        if (macroName.contains(".")) {
            throw new DvtException(ErrorCode.COMPILATION, "adapter.dispatch takes the macro name and the namespace "
                    + "separately: use adapter.dispatch('" + macroName.substring(macroName.indexOf('.') + 1)
                    + "', macro_namespace='" + macroName.substring(0, macroName.indexOf('.')) + "')");
        }
        List<String> prefixes = new ArrayList<>(adapterTypes(RenderState.current().context()));
        prefixes.add("default");
        List<String> attempts = new ArrayList<>();
        for (String pkg : searchPackages(namespace)) {
            for (String prefix : prefixes) {
                String candidate = prefix + "__" + macroName;
                MacroFunction found = pkg == null
                        ? JinjavaInterpreter.getCurrent().getContext().getGlobalMacro(candidate)
                        : runtime.macro(pkg, candidate);
                attempts.add(pkg == null ? candidate : pkg + "." + candidate);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new DvtException(ErrorCode.COMPILATION, "In dispatch: no macro named '" + macroName
                + "' found within namespace '" + namespace + "'; searched for: " + String.join(", ", attempts));
    }

    private List<String> searchPackages(String namespace) {
        List<String> packages = new ArrayList<>();
        if (namespace == null) {
            packages.add(null);
        } else if (searchOrders.containsKey(namespace)) {
            packages.addAll(searchOrders.get(namespace));
        } else {
            packages.add(rootPackage);
        }
        if (namespace != null && !packages.contains(namespace)) {
            packages.add(namespace);
        }
        if (!packages.contains(MacroLibrary.BUILTIN_PACKAGE)) {
            packages.add(MacroLibrary.BUILTIN_PACKAGE);
        }
        return packages;
    }
}
