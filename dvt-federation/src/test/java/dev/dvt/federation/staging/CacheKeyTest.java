package dev.dvt.federation.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.federation.cloud.ObjectInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheKeyTest {
    @TempDir
    Path dir;

    @Test
    void aCachedCopyIsCurrentOnlyWhileEtagAndSizeMatch() throws Exception {
        Path part = Files.writeString(dir.resolve("part-0.parquet"), "12345");
        CacheKey key = CacheKey.of(new ObjectInfo("p/x/part-0.parquet", 5, "\"abc\"", Instant.EPOCH));
        assertThat(key.etag()).isEqualTo("abc");
        assertThat(key.matches(part)).isFalse();

        key.record(part);
        assertThat(Files.readString(dir.resolve(".part-0.parquet.etag"))).isEqualTo("5 abc\n");
        assertThat(key.matches(part)).isTrue();
        assertThat(new CacheKey("abd", 5).matches(part)).isFalse();
        assertThat(new CacheKey("abc", 6).matches(part)).isFalse();

        // A copy whose size no longer agrees with its sidecar (truncated, rewritten) is not trusted.
        Files.writeString(part, "1234");
        assertThat(key.matches(part)).isFalse();
        Files.delete(part);
        assertThat(CacheKey.recorded(part)).isEmpty();
    }

    @Test
    void etagsAreUnquotedAndValidated() {
        assertThat(new ObjectInfo("k", 1, "W/\"0x8D\"", Instant.EPOCH).etag()).isEqualTo("0x8D");
        assertThat(new ObjectInfo("a/b/c.parquet", 1, "e", Instant.EPOCH).name()).isEqualTo("c.parquet");
        assertThatThrownBy(() -> new CacheKey("", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
