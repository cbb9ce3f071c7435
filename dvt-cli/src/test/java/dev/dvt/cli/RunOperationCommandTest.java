package dev.dvt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import org.junit.jupiter.api.Test;

class RunOperationCommandTest {
    @Test
    void argsAreAYamlMappingOfKeywordArguments() {
        assertThat(RunOperationCommand.kwargs("{name: x, rows: 4}")).containsEntry("name", "x").containsEntry("rows", 4);
        assertThat(RunOperationCommand.kwargs(null)).isEmpty();
        assertThat(RunOperationCommand.kwargs("")).isEmpty();
    }

    @Test
    void argsThatAreNotAMappingAreAUsageError() {
        assertThatThrownBy(() -> RunOperationCommand.kwargs("[1, 2]")).isInstanceOf(DvtException.class)
                .hasMessageContaining("--args must be a mapping");
        assertThatThrownBy(() -> RunOperationCommand.kwargs("{a: [")).isInstanceOf(DvtException.class)
                .hasMessageContaining("--args is not valid YAML");
    }
}
