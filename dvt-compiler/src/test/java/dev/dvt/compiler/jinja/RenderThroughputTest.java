package dev.dvt.compiler.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Renders 10,000 small distinct models that call a macro, ref() and config(), as the parser does,
 * on two threads sharing one engine. Prints the rate; asserts every output is right. Run
 * {@link #main} for a longer measurement.
 */
class RenderThroughputTest {

    private static final int MODELS = 10_000;

    private static final String MACROS = """
            {% macro cents_to_dollars(column, scale=2) -%}
              round({{ column }} / 100.0, {{ scale }})
            {%- endmacro %}
            """;

    private static String model(int i) {
        return "{{ config(materialized='table') }}\n"
                + "select id, {{ cents_to_dollars('amount_" + i + "') }} as amount, {{ dbt.type_string() }} as t\n"
                + "from {{ ref('stg_" + i + "') }}\n{% if is_incremental() %}where x > 1{% endif %}\n";
    }

    private static RenderContext context() {
        return TestingEngine.ctx()
                .function(JavaMacro.of("ref(name, version=None)", a -> "stg." + a.string("name")))
                .function(JavaMacro.of("config(**kwargs)", a -> ""));
    }

    static double rendersPerSecond(DvtTemplateEngine engine, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < MODELS; i++) {
                int n = i;
                results.add(pool.submit(() -> engine.render(model(n), "models/m" + n + ".sql", context())));
            }
            for (int i = 0; i < MODELS; i++) {
                assertThat(results.get(i).get()).isEqualTo("\nselect id, round(amount_" + i
                        + " / 100.0, 2) as amount, varchar as t\nfrom stg.stg_" + i + "\n\n");
            }
            return MODELS / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void tenThousandModelsOnTwoThreads() throws Exception {
        DvtTemplateEngine engine = new TestingEngine().rootMacros(MACROS).build();
        double warm = rendersPerSecond(engine, 2);
        double rate = rendersPerSecond(engine, 2);
        System.out.printf("DvtTemplateEngine: %.0f renders/s cold, %.0f renders/s second round (2 threads)%n",
                warm, rate);
        assertThat(rate).isPositive();
    }

    public static void main(String[] args) throws Exception {
        DvtTemplateEngine engine = new TestingEngine().rootMacros(MACROS).templateCacheSize(0).build();
        for (int round = 1; round <= 5; round++) {
            System.out.printf("round %d: %.0f renders/s%n", round, rendersPerSecond(engine, 2));
        }
    }
}
