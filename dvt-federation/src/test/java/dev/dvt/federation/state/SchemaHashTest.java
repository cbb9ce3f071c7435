package dev.dvt.federation.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaHashTest {
    @Test
    void g66_orderIndependent32HexCharacters() {
        String ab = SchemaHash.ofNames(List.of("a", "b"));
        assertThat(ab).isEqualTo(SchemaHash.ofNames(List.of("b", "a"))).matches("[0-9a-f]{32}");
        assertThat(SchemaHash.of(List.of(new ColumnInfo("a", "int"), new ColumnInfo("b", "text"))))
                .isEqualTo(SchemaHash.of(List.of(new ColumnInfo("b", "text"), new ColumnInfo("a", "int"))));
    }

    @Test
    void g67_typesChangeTheHash() {
        String names = SchemaHash.ofNames(List.of("a"));
        String asInt = SchemaHash.of(List.of(new ColumnInfo("a", "int")));
        String asBigint = SchemaHash.of(List.of(new ColumnInfo("a", "bigint")));
        assertThat(names).isNotEqualTo(asInt);
        assertThat(asInt).isNotEqualTo(asBigint);
    }

    @Test
    void matchesTheDocumentedFormula() {
        assertThat(SchemaHash.of(List.of(new ColumnInfo("b", "text"), new ColumnInfo("a", "int"))))
                .isEqualTo(dev.dvt.federation.sql.Hashes.md5Hex("a|b|a:int|b:text"));
        assertThat(SchemaHash.ofNames(List.of("b", "a"))).isEqualTo(dev.dvt.federation.sql.Hashes.md5Hex("a|b"));
    }
}
