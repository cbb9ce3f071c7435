package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateSyntaxException;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.TagNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {% macro name(a, b='x, y') %}}. Replaces jinjava's macro tag, whose argument splitter
 * breaks on commas inside string defaults (dbt's own {@code listagg} has {@code "','"}), and
 * creates {@link DbtMacroFunction}s that know their package and file. A default that names an
 * earlier parameter ({@code name=schema_name}) is evaluated per call, as in Jinja2.
 */
final class DbtMacroTag implements Tag {
    private static final long serialVersionUID = 1L;

    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NAME = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");

    /** Context key holding the {@link DefinitionSite} of the file being rendered. */
    static final String SITE_KEY = "__dvt_definition_site__";

    /** Where macros defined by the current render come from. */
    record DefinitionSite(String packageName, Path file) {
    }

    @Override
    public String getName() {
        return "macro";
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        String helpers = tagNode.getHelpers().trim();
        int open = helpers.indexOf('(');
        int close = helpers.lastIndexOf(')');
        if (open <= 0 || close < open) {
            throw new TemplateSyntaxException(tagNode.getMaster().getImage(),
                    "Unable to parse macro definition: " + helpers, tagNode.getLineNumber(), 0);
        }
        String name = helpers.substring(0, open).trim();
        LinkedHashMap<String, Object> defaults = new LinkedHashMap<>();
        for (String arg : ExpressionSplitter.splitTopLevel(helpers.substring(open + 1, close), ',')) {
            int eq = ExpressionSplitter.indexOfTopLevel(arg, '=');
            if (eq < 0) {
                defaults.put(arg.trim(), null);
            } else {
                String expression = arg.substring(eq + 1).trim();
                Object value = mentionsAny(expression, defaults.keySet())
                        ? new DbtMacroFunction.LateDefault(expression, tagNode.getLineNumber())
                        : interpreter.resolveELExpression(expression, tagNode.getLineNumber());
                defaults.put(arg.substring(0, eq).trim(), value);
            }
        }
        Object site = interpreter.getContext().get(SITE_KEY);
        DefinitionSite where = site instanceof DefinitionSite s ? s : new DefinitionSite("", null);
        interpreter.getContext().addGlobalMacro(new DbtMacroFunction(tagNode.getChildren(), name, defaults,
                interpreter.getContext(), tagNode.getLineNumber(), where.packageName(), where.file()));
        return "";
    }

    /**
     * Whether a default such as {@code name=schema_name} names an earlier parameter: Jinja2 then
     * evaluates it at call time, with the earlier arguments bound.
     */
    private static boolean mentionsAny(String expression, Set<String> parameters) {
        if (parameters.isEmpty()) {
            return false;
        }
        String code = STRING_LITERAL.matcher(expression).replaceAll("''");
        Matcher names = NAME.matcher(code);
        while (names.find()) {
            if (parameters.contains(names.group(1))) {
                return true;
            }
        }
        return false;
    }
}
