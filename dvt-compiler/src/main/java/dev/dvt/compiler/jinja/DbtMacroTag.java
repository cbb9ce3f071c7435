package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateSyntaxException;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.TagNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;

/**
 * {@code {% macro name(a, b='x, y') %}}. Replaces jinjava's macro tag, whose argument splitter
 * breaks on commas inside string defaults (dbt's own {@code listagg} has {@code "','"}), and
 * creates {@link DbtMacroFunction}s that know their package and file.
 */
final class DbtMacroTag implements Tag {
    private static final long serialVersionUID = 1L;

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
                Object value = interpreter.resolveELExpression(arg.substring(eq + 1).trim(), tagNode.getLineNumber());
                defaults.put(arg.substring(0, eq).trim(), value);
            }
        }
        Object site = interpreter.getContext().get(SITE_KEY);
        DefinitionSite where = site instanceof DefinitionSite s ? s : new DefinitionSite("", null);
        interpreter.getContext().addGlobalMacro(new DbtMacroFunction(tagNode.getChildren(), name, defaults,
                interpreter.getContext(), tagNode.getLineNumber(), where.packageName(), where.file()));
        return "";
    }
}
