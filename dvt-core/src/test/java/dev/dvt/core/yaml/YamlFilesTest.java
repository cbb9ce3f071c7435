package dev.dvt.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlFilesTest {
    private static final Path FILE = Path.of("conf.yml");

    private static DvtException failure(String yaml) {
        try {
            YamlFiles.parse(yaml, FILE);
        } catch (DvtException e) {
            return e;
        }
        throw new AssertionError("expected a failure for: " + yaml);
    }

    @Test
    void readsPlainJavaValuesWithYaml11Scalars() {
        YamlDocument doc = YamlFiles.parse("""
                a: 1
                b: 2.5
                c: true
                d: yes
                e: ~
                f: text
                g: [x, 'y']
                h: {k: v}
                i: 0x10
                j: 2024-01-01
                """, FILE);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", 1);
        expected.put("b", 2.5);
        expected.put("c", true);
        expected.put("d", true);
        expected.put("e", null);
        expected.put("f", "text");
        expected.put("g", List.of("x", "y"));
        expected.put("h", Map.of("k", "v"));
        expected.put("i", 16);
        expected.put("j", "2024-01-01");
        assertThat(doc.rootMap().raw()).containsExactlyEntriesOf(expected);
    }

    @Test
    void recordsTheLineOfEveryKeyAndListItem() {
        YamlDocument doc = YamlFiles.parse("""
                # comment
                top:
                  inner: 1

                  other:
                    - first
                    - second
                """, FILE);
        YamlMap root = doc.rootMap();
        YamlMap top = root.map("top").orElseThrow();
        assertThat(root.line("top")).isEqualTo(2);
        assertThat(top.line("inner")).isEqualTo(3);
        assertThat(top.line("other")).isEqualTo(5);
        List<Object> other = top.list("other").orElseThrow();
        assertThat(doc.lineOf(other, 1)).isEqualTo(7);
        assertThat(top.line("missing")).isEqualTo(3);
    }

    @Test
    void malformedYamlNamesTheProblemAndLineWithoutParserDump() {
        DvtException e = failure("a: 1\nb: [1, 2\nc: 3\n");
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(e.file()).contains(FILE);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("Invalid YAML: ").doesNotContain("\n")
                .doesNotContain("^").doesNotContain("Exception");
    }

    @Test
    void badIndentationIsReportedOnItsLine() {
        DvtException e = failure("a:\n  b: 1\n c: 2\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("Invalid YAML");
    }

    @Test
    void duplicateKeysAreAnError() {
        DvtException e = failure("name: a\nother: 1\nname: b\n");
        assertThat(e.getMessage()).isEqualTo("Duplicate key 'name' (first defined on line 1)");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void mergeKeysCopyAnchoredEntriesButExplicitKeysWin() {
        YamlDocument doc = YamlFiles.parse("""
                base: &base
                  host: h
                  port: 1
                dev:
                  <<: *base
                  port: 2
                """, FILE);
        YamlMap dev = doc.rootMap().map("dev").orElseThrow();
        assertThat(dev.raw()).containsExactly(Map.entry("port", 2), Map.entry("host", "h"));
        assertThat(dev.line("host")).isEqualTo(2);
    }

    @Test
    void typedAccessorsNameKeyExpectedTypeAndLine() {
        YamlMap root = YamlFiles.parse("out:\n  threads: abc\n  flag: maybe\n  list: {a: 1}\n",
                FILE).rootMap();
        YamlMap out = root.map("out").orElseThrow();
        assertThatThrownBy(() -> out.integer("threads"))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("'out.threads' must be an integer, got text 'abc'");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.describe()).isEqualTo("conf.yml, line 2: " + e.getMessage());
                });
        assertThatThrownBy(() -> out.bool("flag")).hasMessageContaining("must be true or false");
        assertThatThrownBy(() -> out.stringList("list"))
                .hasMessage("'out.list' must be a string or a list of strings, got a mapping");
        assertThatThrownBy(() -> root.map("out").orElseThrow().map("threads"))
                .hasMessageContaining("must be a mapping");
    }

    @Test
    void numericTextIsAcceptedWhereAnIntegerIsExpected() {
        YamlMap root = YamlFiles.parse("a: '42'\nb: 7\n", FILE).rootMap();
        assertThat(root.integer("a")).contains(42);
        assertThat(root.integer("b", 1)).isEqualTo(7);
        assertThat(root.integer("missing", 3)).isEqualTo(3);
        assertThat(root.stringList("b", List.of())).containsExactly("7");
    }

    @Test
    void negativeAndSecretValuesAreReportedWithoutTheSecret() {
        YamlMap root = YamlFiles.parse("n: -1\npassword: [x]\ntoken: {a: b}\n", FILE).rootMap();
        assertThatThrownBy(() -> root.nonNegative("n", 0))
                .hasMessage("'n' must not be negative, got -1");
        YamlMap secret = YamlFiles.parse("password: hunter2\n", FILE).rootMap();
        assertThatThrownBy(() -> secret.integer("password"))
                .hasMessage("'password' must be an integer, got text");
    }

    @Test
    void unknownKeysListTheKnownOnes() {
        YamlMap root = YamlFiles.parse("a: 1\nzz: 2\n", FILE).rootMap();
        assertThatThrownBy(() -> root.rejectUnknownKeys(List.of("b", "a")))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Unknown key 'zz'. Known keys: a, b");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void emptyFileIsAnEmptyMapAndAScalarRootIsAnError() {
        assertThat(YamlFiles.parse("", FILE).rootMap().keys()).isEmpty();
        assertThatThrownBy(() -> YamlFiles.parse("- a\n", FILE).rootMap())
                .hasMessageContaining("mapping of keys to values at the top level, not a list");
    }

    @Test
    void readsFilesAndReportsMissingOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.yml");
        Files.writeString(file, "\uFEFFk: v\n");
        assertThat(YamlFiles.read(file).rootMap().raw()).containsEntry("k", "v");
        assertThatThrownBy(() -> YamlFiles.read(dir.resolve("none.yml")))
                .isInstanceOfSatisfying(DvtException.class,
                        e -> assertThat(e.describe()).endsWith("none.yml: File not found"));
    }

    @Test
    void secretKeysAreMaskedAtAnyDepth() {
        Map<String, Object> masked = SecretKeys.masked(Map.of("user", "u",
                "nested", Map.of("client_secret", "s", "spark.hadoop.fs.s3a.secret.key", "k")));
        assertThat(masked).containsEntry("user", "u");
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) masked.get("nested");
        assertThat(nested).containsEntry("client_secret", "*****")
                .containsEntry("spark.hadoop.fs.s3a.secret.key", "*****");
        assertThat(SecretKeys.isSecret("private_key_passphrase")).isTrue();
        assertThat(SecretKeys.isSecret("host")).isFalse();
    }
}
