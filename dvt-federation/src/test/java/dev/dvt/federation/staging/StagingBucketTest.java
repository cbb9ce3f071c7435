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
    void hdfsBucketsAreRejectedWithTheirNameAndType() {
        assertThatThrownBy(() -> StagingBucket.of(new BucketConfig.Hdfs("hd", "hdfs://nn/x"), dir))
                .isInstanceOf(DvtException.class).hasMessageContaining("'hd'").hasMessageContaining("hdfs");
    }

    @Test
    void cloudBucketsStageThroughACacheUnderTheProject() {
        BucketConfig s3 = new BucketConfig.S3("lake", "b", "stg", "us-east-1", "AKIA", "secret", null, null, false, null,
                "http://127.0.0.1:1", true);
        try (StagingBucket bucket = StagingBucket.of(s3, dir)) {
            assertThat(bucket.isRemote()).isTrue();
            assertThat(bucket.root()).isEqualTo(dir.resolve(".dvt/staging-cache/lake"));
            assertThat(bucket.datasetKey("source.p.crm.orders", "ab12")).isEqualTo("stg/source.p.crm.orders/ab12");
            assertThat(bucket.datasetUri("source.p.crm.orders", "ab12"))
                    .isEqualTo("s3a://b/stg/source.p.crm.orders/ab12/part-*.parquet");
            assertThat(bucket.newResultKey("model.p.m")).matches("stg/_results/model\\.p\\.m/[0-9a-f-]{36}/");
            assertThat(bucket.stateStore().keyOf("source.p.crm.orders", "ab12"))
                    .isEqualTo("stg/_state/source.p.crm.orders.ab12.state.json");
        }
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
