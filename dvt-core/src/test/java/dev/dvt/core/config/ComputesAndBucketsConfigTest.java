package dev.dvt.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComputesAndBucketsConfigTest {
    @TempDir
    Path dir;

    private final Path project = Path.of("/work/project");
    private final Path home = Path.of("/home/u");
    private final RenderContext context = new RenderContext(Map.of("AWS_SECRET", "s3cr3t"),
            Map.of());

    private ComputesConfig computes(String yaml) throws Exception {
        Files.writeString(dir.resolve("computes.yml"), yaml);
        return ComputesConfig.load(dir, "p", BuiltinValueRenderer.INSTANCE, context);
    }

    private BucketsConfig buckets(String yaml) throws Exception {
        Files.writeString(dir.resolve("buckets.yml"), yaml);
        return BucketsConfig.load(dir, "p", project, home, BuiltinValueRenderer.INSTANCE, context);
    }

    private static DvtException failure(ThrowingSupplier call) {
        try {
            call.get();
        } catch (DvtException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected failure");
    }

    private interface ThrowingSupplier {
        Object get() throws Exception;
    }

    @Test
    void aSparkConnectTokenIsNeverPrinted() throws Exception {
        ComputesConfig c = computes("p:\n  target: sc\n  computes:\n    sc:\n      type: spark\n      version: \"4.0.1\"\n"
                + "      master: \"sc://spark.example.com:443/;use_ssl=true;token=tok-9f3e;user_id=me\"\n");
        assertThat(((ComputeConfig.Spark) c.computes().get("sc")).master()).contains("token=tok-9f3e");
        assertThat(dev.dvt.core.events.Redactor.redact("master sc://spark.example.com:443/;use_ssl=true;token=tok-9f3e;user_id=me"))
                .isEqualTo("master sc://spark.example.com:443/;use_ssl=true;token=****;user_id=me");
    }

    @Test
    void missingFilesGiveEmbeddedDuckDbAndProjectStaging() {
        ComputesConfig computes = ComputesConfig.load(dir, "p", BuiltinValueRenderer.INSTANCE,
                context);
        assertThat(computes.file()).isNull();
        assertThat(computes.defaultCompute()).isEqualTo("local_duckdb");
        assertThat(computes.defaultComputeConfig()).isEqualTo(new ComputeConfig.DuckDb(
                "local_duckdb", null, null, null, new ComputeConfig.JdbcExtraction(8, 10_000),
                new ComputeConfig.JdbcLoad(Math.min(4, Runtime.getRuntime().availableProcessors()), 10_000)));
        BucketsConfig buckets = BucketsConfig.load(dir, "p", project, home,
                BuiltinValueRenderer.INSTANCE, context);
        assertThat(buckets.defaultBucket()).isEqualTo("local");
        assertThat(buckets.defaultBucketConfig()).isEqualTo(
                new BucketConfig.Filesystem("local", project.resolve(".dvt/staging")));
    }

    @Test
    void sparkComputeRecordedDefaultsAndFullMapping() throws Exception {
        ComputesConfig c = computes("""
                other: {computes: {x: {type: nonsense}}}
                p:
                  target: big
                  computes:
                    local_spark: {}
                    big:
                      type: spark
                      version: 3.5.3
                      master: spark://host:7077
                      config: {spark.driver.memory: 4g, spark.sql.adaptive.enabled: true}
                      jdbc_extraction: {num_partitions: 16, fetch_size: 5000}
                      jdbc_load: {num_partitions: 2, batch_size: 500}
                    duck:
                      type: duckdb
                      memory_limit: 4GB
                      threads: 6
                      temp_directory: /tmp/duck
                """);
        assertThat(c.file()).isEqualTo(dir.resolve("computes.yml"));
        assertThat(c.defaultCompute()).isEqualTo("big");
        assertThat(c.compute("local_spark")).isEqualTo(new ComputeConfig.Spark("local_spark",
                null, "local[*]", Map.of(), ComputeConfig.JdbcExtraction.DEFAULT,
                ComputeConfig.JdbcLoad.DEFAULT));
        assertThat(c.compute("big")).isEqualTo(new ComputeConfig.Spark("big", "3.5.3",
                "spark://host:7077", Map.of("spark.driver.memory", "4g",
                        "spark.sql.adaptive.enabled", "true"),
                new ComputeConfig.JdbcExtraction(16, 5000), new ComputeConfig.JdbcLoad(2, 500)));
        assertThat(c.compute("duck")).isEqualTo(new ComputeConfig.DuckDb("duck", "4GB", 6,
                "/tmp/duck", ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT));
        assertThat(c.compute("duck").type()).isEqualTo("duckdb");
        assertThatThrownBy(() -> c.compute("nope")).hasMessageContaining("[big, duck, local_spark]");
    }

    @Test
    void loadWritersDefaultToOnePerCoreAtMostFour() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        ComputesConfig c = computes("p: {computes: {x: {type: duckdb, jdbc_load: {batch_size: 500}}}}");
        assertThat(c.compute("x").jdbcLoad()).isEqualTo(new ComputeConfig.JdbcLoad(Math.min(4, cores), 500));
        assertThat(ComputeConfig.JdbcLoad.DEFAULT.numPartitions()).isBetween(1, 4);
    }

    @Test
    void computeDefaultTargetRules() throws Exception {
        assertThat(computes("p: {computes: {one: {type: duckdb}}}").defaultCompute())
                .isEqualTo("one");
        assertThat(computes("p: {computes: {a: {}, local_spark: {}}}").defaultCompute())
                .isEqualTo("local_spark");
        assertThat(computes("q: {computes: {a: {}}}").defaultCompute()).isEqualTo("local_duckdb");
    }

    @Test
    void computeValidationErrorsNameFileAndLine() {
        DvtException type = failure(() -> computes("p:\n  computes:\n    x:\n      type: flink\n"));
        assertThat(type.getMessage()).contains("unknown type 'flink'").contains("spark or duckdb");
        assertThat(type.line()).isEqualTo(4);
        assertThat(type.file()).contains(dir.resolve("computes.yml"));
        DvtException target = failure(() -> computes("p:\n  target: gone\n  computes: {x: {}}\n"));
        assertThat(target.getMessage()).contains("names compute 'gone'").contains("[x]");
        assertThat(target.line()).isEqualTo(2);
        DvtException negative = failure(() -> computes(
                "p:\n  computes:\n    x:\n      jdbc_extraction:\n        fetch_size: -5\n"));
        assertThat(negative.getMessage())
                .isEqualTo("'p.computes.x.jdbc_extraction.fetch_size' must be 1 or more, got -5");
        assertThat(negative.line()).isEqualTo(5);
        assertThat(failure(() -> computes("p: {computes: {x: {jdbc_load: {batch_size: lots}}}}"))
                .getMessage()).contains("must be an integer, got text 'lots'");
        assertThat(failure(() -> computes("p: {computes: {x: {type: duckdb, master: y}}}"))
                .getMessage()).contains("Unknown key 'p.computes.x.master'");
        assertThat(failure(() -> computes("p: {computes: {x: {type: duckdb, memory_limit: lots}}}"))
                .getMessage()).contains("must be a size");
        assertThat(failure(() -> computes("p: {computes: {a: {}, b: {}}}")).getMessage())
                .contains("'p.target' is required");
    }

    @Test
    void bucketTypesRecordedDefaultsAndFullMapping() throws Exception {
        BucketsConfig b = buckets("""
                p:
                  target: lake
                  buckets:
                    local: {}
                    rel: {type: filesystem, path: stage}
                    homed: {type: filesystem, path: ~/stage}
                    lake:
                      type: s3
                      bucket: b1
                      prefix: stg/
                      region: eu-west-1
                      access_key_id: AKIA
                      secret_access_key: "{{ env_var('AWS_SECRET') }}"
                      session_token: t
                      iam_role: arn:role
                      use_instance_profile: true
                      storage_integration: si
                      endpoint: http://127.0.0.1:9000
                      path_style_access: true
                    minimal_s3: {type: s3, bucket: b2}
                    g:
                      type: gcs
                      bucket: gb
                      prefix: gp
                      project: proj
                      keyfile: /k.json
                      keyfile_json: "{}"
                      use_application_default: true
                      storage_integration: gsi
                      endpoint: http://127.0.0.1:4443
                    az:
                      type: azure
                      container: c
                      storage_account: sa
                      prefix: ap
                      account_key: ak
                      sas_token: sas
                      client_id: ci
                      client_secret: cs
                      tenant_id: ti
                      use_managed_identity: true
                      storage_integration: asi
                      endpoint: http://127.0.0.1:10000/sa
                    h: {type: hdfs, path: "hdfs://nn:8020/stage"}
                """);
        assertThat(b.defaultBucket()).isEqualTo("lake");
        assertThat(b.bucket("local")).isEqualTo(new BucketConfig.Filesystem("local",
                project.resolve(".dvt/staging")));
        assertThat(b.bucket("rel")).isEqualTo(new BucketConfig.Filesystem("rel",
                project.resolve("stage")));
        assertThat(b.bucket("homed")).isEqualTo(new BucketConfig.Filesystem("homed",
                home.resolve("stage")));
        assertThat(b.bucket("lake")).isEqualTo(new BucketConfig.S3("lake", "b1", "stg/",
                "eu-west-1", "AKIA", "s3cr3t", "t", "arn:role", true, "si",
                "http://127.0.0.1:9000", true));
        assertThat(b.bucket("minimal_s3")).isEqualTo(new BucketConfig.S3("minimal_s3", "b2", null,
                "us-east-1", null, null, null, null, false, null, null, false));
        assertThat(b.bucket("g")).isEqualTo(new BucketConfig.Gcs("g", "gb", "gp", "proj",
                "/k.json", "{}", true, "gsi", "http://127.0.0.1:4443"));
        assertThat(b.bucket("az")).isEqualTo(new BucketConfig.Azure("az", "c", "sa", "ap", "ak",
                "sas", "ci", "cs", "ti", true, "asi", "http://127.0.0.1:10000/sa"));
        assertThat(b.bucket("az").secrets()).containsExactly("ak", "sas", "cs");
        assertThat(b.bucket("lake").secrets()).containsExactly("s3cr3t", "t");
        assertThat(b.bucket("lake").isCloud()).isTrue();
        assertThat(b.bucket("h").isCloud()).isFalse();
        // Loading registers every bucket secret with the redactor that all sinks pass through.
        assertThat(dev.dvt.core.events.Redactor.redact("auth with s3cr3t failed")).isEqualTo("auth with **** failed");
        assertThat(b.bucket("h")).isEqualTo(new BucketConfig.Hdfs("h", "hdfs://nn:8020/stage"));
        assertThat(b.bucket("lake").toString()).doesNotContain("s3cr3t").contains("*****");
        assertThat(b.bucket("az").toString()).doesNotContain("sas,").doesNotContain("=ak");
    }

    @Test
    void bucketValidationErrorsNameFileAndLine() {
        DvtException type = failure(() -> buckets("p:\n  buckets:\n    x: {type: ftp}\n"));
        assertThat(type.getMessage()).contains("unknown type 'ftp'");
        assertThat(type.line()).isEqualTo(3);
        DvtException target = failure(() -> buckets("p:\n  target: lake\n  buckets: {local: {}}\n"));
        assertThat(target.getMessage()).contains("names bucket 'lake'").contains("[local]");
        assertThat(target.line()).isEqualTo(2);
        assertThat(failure(() -> buckets("p: {buckets: {x: {type: s3}}}")).getMessage())
                .isEqualTo("'p.buckets.x.bucket' is required");
        assertThat(failure(() -> buckets("p: {buckets: {x: {type: s3, bucket: b,"
                + " path_style_access: sometimes}}}")).getMessage())
                .contains("must be true or false");
        assertThat(failure(() -> buckets("p: {buckets: {x: {type: gcs, bucket: b, region: r}}}"))
                .getMessage()).contains("Unknown key 'p.buckets.x.region'");
    }
}
