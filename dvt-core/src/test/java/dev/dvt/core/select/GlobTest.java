package dev.dvt.core.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobTest {
    @Test
    void shellWildcards() {
        assertThat(Glob.matches("stg_orders", "stg_*")).isTrue();
        assertThat(Glob.matches("a.b/c", "a*c")).isTrue();
        assertThat(Glob.matches("orders", "order?")).isTrue();
        assertThat(Glob.matches("orders", "order")).isFalse();
        assertThat(Glob.matches("Orders", "orders")).isFalse();
        assertThat(Glob.matches("b1", "[abc][0-9]")).isTrue();
        assertThat(Glob.matches("d1", "[abc][0-9]")).isFalse();
        assertThat(Glob.matches("d", "[!abc]")).isTrue();
        assertThat(Glob.matches("a", "[!abc]")).isFalse();
        assertThat(Glob.matches("]", "[]]")).isTrue();
        assertThat(Glob.matches("-", "[a-]")).isTrue();
        assertThat(Glob.matches("[x", "[x")).isTrue();
        assertThat(Glob.matches("a.b", "a.b")).isTrue();
        assertThat(Glob.matches("axb", "a.b")).isFalse();
        assertThat(Glob.matches("a+b(c)", "a+b(*)")).isTrue();
    }

    @Test
    void pathWildcardsStayInsideASegmentExceptDoubleStar() {
        List<String> path = List.of("models", "marts", "core", "orders.sql");
        assertThat(Glob.matchesPath(path, List.of("models", "*", "orders.sql"))).isFalse();
        assertThat(Glob.matchesPath(path, List.of("models", "*", "*", "orders.sql"))).isTrue();
        assertThat(Glob.matchesPath(path, List.of("models", "**", "orders.sql"))).isTrue();
        assertThat(Glob.matchesPath(path, List.of("**", "*.sql"))).isTrue();
        assertThat(Glob.matchesPath(path, List.of("models", "**"))).isTrue();
        assertThat(Glob.matchesPath(path, List.of("seeds", "**"))).isFalse();
    }
}
