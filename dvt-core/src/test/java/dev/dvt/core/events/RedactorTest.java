package dev.dvt.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedactorTest {
    @AfterEach
    void clear() {
        Redactor.clearForTests();
    }

    @Test
    void masksRegisteredSecretsWherever_they_appear() {
        Redactor.register("s3cr3t-pass");
        assertThat(Redactor.redact("FATAL: password authentication failed (s3cr3t-pass) for s3cr3t-pass"))
                .isEqualTo("FATAL: password authentication failed (****) for ****");
    }

    @Test
    void masksTheLongerSecretWhole() {
        Redactor.register("abcd");
        Redactor.register("abcdefgh");
        assertThat(Redactor.redact("key=abcdefgh")).isEqualTo("key=****");
    }

    @Test
    void ignoresTinyValuesAndNulls() {
        Redactor.register("ab");
        Redactor.register(null);
        assertThat(Redactor.redact("ab cd")).isEqualTo("ab cd");
        assertThat(Redactor.redact(null)).isNull();
    }
}
