package dev.dvt.federation.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.config.BucketConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingBucketTest {
    @TempDir
    Path dir;

    @Test
    void defaultBucketLivesUnderTheProject() {
        StagingBucket bucket = StagingBucket.of(null, dir);
        assertThat(bucket.root()).isEqualTo(dir.resolve(".dvt/staging"));
        assertThat(StagingBucket.of(new BucketConfig.Filesystem("local", Path.of("stage")), dir).root())
                .isEqualTo(dir.resolve("stage"));
    }

    @Test
    void cloudBucketsAreRejectedWithTheirNameAndType() {
        BucketConfig s3 = new BucketConfig.S3("lake", "b", null, "us-east-1", null, null, null, null, false, null,
                null, false);
        assertThatThrownBy(() -> StagingBucket.of(s3, dir)).isInstanceOf(DvtException.class)
                .hasMessageContaining("'lake'").hasMessageContaining("s3");
    }

    @Test
    void unwritableRootNamesBucketAndPath() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        StagingBucket bucket = new StagingBucket("local", file.resolve("staging"));
        assertThatThrownBy(bucket::ensureWritable).isInstanceOf(DvtException.class)
                .hasMessageContaining("Staging bucket 'local'").hasMessageContaining(file.resolve("staging").toString());
    }

    @Test
    void publishAddsAFingerprintBesideTheOthersAndReplacesItsOwn() throws Exception {
        StagingBucket bucket = new StagingBucket("b", dir);
        Path first = bucket.newWorkDirectory("source.p.s.t");
        Files.writeString(first.resolve("part-0.parquet"), "v1");
        bucket.publish(first, "source.p.s.t", "fp1");
        assertThat(bucket.isStaged("source.p.s.t", "fp1")).isTrue();

        Path second = bucket.newWorkDirectory("source.p.s.t");
        Files.writeString(second.resolve("part-0.parquet"), "v2");
        Files.writeString(second.resolve("part-1.parquet"), "v2");
        Files.writeString(second.resolve("_row_hashes.parquet"), "h");
        bucket.publish(second, "source.p.s.t", "fp2");

        // Another model may read fp1 at this moment: it stays.
        assertThat(bucket.isStaged("source.p.s.t", "fp1")).isTrue();
        assertThat(bucket.partFiles("source.p.s.t", "fp2")).extracting(p -> p.getFileName().toString())
                .containsExactly("part-0.parquet", "part-1.parquet");
        assertThat(Files.exists(second)).isFalse();
        try (var entries = Files.list(dir.resolve("source.p.s.t"))) {
            assertThat(entries).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("fp1", "fp2");
        }

        Path third = bucket.newWorkDirectory("source.p.s.t");
        Files.writeString(third.resolve("part-0.parquet"), "v3");
        bucket.publish(third, "source.p.s.t", "fp2");
        assertThat(bucket.partFiles("source.p.s.t", "fp2")).singleElement()
                .satisfies(p -> assertThat(Files.readString(p)).isEqualTo("v3"));
        try (var entries = Files.list(dir.resolve("source.p.s.t"))) {
            assertThat(entries).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("fp1", "fp2");
        }
    }
}
