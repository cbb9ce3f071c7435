package dev.dvt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.spi.AdapterResponse;
import dev.dvt.spi.QueryResult;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultTableTest {
    private final QueryResult result = new QueryResult(AdapterResponse.ok(2), List.of("id", "name", "amount"),
            List.of("INTEGER", "VARCHAR", "DECIMAL"), List.of(
                    List.of(1, "alice", new BigDecimal("10.50")),
                    Arrays.asList(12, null, new BigDecimal("1E+3"))));

    @Test
    void numbersAlignRightTextLeftNullIsEmpty() {
        assertThat(ResultTable.text(result)).isEqualTo("""
                | id | name  | amount |
                | -- | ----- | ------ |
                |  1 | alice |  10.50 |
                | 12 |       |   1000 |""");
    }

    @Test
    void headerOnlyWhenThereAreNoRows() {
        QueryResult empty = new QueryResult(AdapterResponse.ok(0), List.of("n"), List.of("INTEGER"), List.of());
        assertThat(ResultTable.text(empty)).isEqualTo("| n |\n| - |");
    }

    @Test
    void jsonRowsKeepNumbersAndNames() {
        List<Map<String, Object>> rows = ResultTable.rows(result);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly(Map.entry("id", 1), Map.entry("name", "alice"),
                Map.entry("amount", new BigDecimal("10.50")));
        assertThat(rows.get(1)).containsEntry("id", 12).containsEntry("name", null);
    }
}
