package dev.dvt.federation.compute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparkMessagesTest {
    @Test
    void dropsTheAnalysedPlanSparkAppends() {
        String message = "[TABLE_OR_VIEW_NOT_FOUND] The table or view `t` cannot be found. SQLSTATE: 42P01;"
                + " line 1 pos 14;\n'Project [*]\n+- 'UnresolvedRelation [t], [], false\n";
        assertThat(SparkMessages.concise(message))
                .isEqualTo("[TABLE_OR_VIEW_NOT_FOUND] The table or view `t` cannot be found. SQLSTATE: 42P01; line 1 pos 14;");
    }

    @Test
    void keepsAMultiLineMessageWithoutAPlan() {
        assertThat(SparkMessages.concise("Syntax error at or near 'FORM'\n== SQL ==\nSELECT 1 FORM t\n---------^^^"))
                .isEqualTo("Syntax error at or near 'FORM'\n== SQL ==\nSELECT 1 FORM t\n---------^^^");
    }

    @Test
    void capsVeryLongMessages() {
        assertThat(SparkMessages.concise("x".repeat(10_000))).hasSize(4_002).endsWith(" …");
    }
}
