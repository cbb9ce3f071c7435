package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import java.util.List;
import java.util.Map;

/** Jinja tests ({@code x is mapping}) whose meaning in dbt differs from stock jinjava's. */
final class DbtTests {

    private DbtTests() {
    }

    static List<ExpTest> tests() {
        return List.of(new ExpTest() {
            @Override
            public String getName() {
                return "mapping";
            }

            @Override
            public boolean evaluate(Object var, JinjavaInterpreter interpreter, Object... args) {
                return var instanceof Map<?, ?> || var instanceof MappingView;
            }
        });
    }
}
