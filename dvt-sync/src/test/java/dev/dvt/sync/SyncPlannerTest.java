package dev.dvt.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncPlannerTest {
    private static final Path CACHE = Path.of("/tmp/dvt-plan-test");
    private final SyncPlanner planner = new SyncPlanner(SyncComponents.standard());

    private static SyncRequest.Builder request() {
        return SyncRequest.builder().cacheRoot(CACHE).settingsFile(null).javaVersion(17);
    }

    private SyncPlan plan(SyncRequest.Builder builder) {
        return planner.plan(builder.build());
    }

    private static SyncItem item(SyncPlan plan, String name) {
        return plan.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void nothingToInstallForNoTypesOrSparkOnly() { // G111
        assertThat(plan(request()).items()).isEmpty();
        assertThat(plan(request().adapterType("spark")).items()).isEmpty();
    }

    @Test
    void postgresFamilyIsOneDriver() { // G112, G113
        SyncPlan plan = plan(request().adapterTypes(List.of("postgres", "greenplum", "materialize")));
        assertThat(plan.items()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(SyncItem.Kind.DRIVER);
            assertThat(i.coordinates()).singleElement().asString().startsWith("org.postgresql:postgresql:");
            assertThat(i.directory()).isEqualTo(CACHE.resolve("drivers/postgres"));
        });
    }

    @Test
    void typesAreCaseInsensitive() { // G114
        assertThat(plan(request().adapterTypes(List.of("POSTGRES", " Snowflake "))).items())
                .extracting(SyncItem::name).containsExactly("postgres", "snowflake");
    }

    @Test
    void driversWithoutMavenArtifactBecomeNotices() {
        SyncPlan plan = plan(request().adapterTypes(List.of("impala", "bigquery")));
        assertThat(plan.items()).isEmpty();
        assertThat(plan.notices()).singleElement().asString().startsWith("impala: ").contains("drivers/impala");
    }

    @Test
    void spark35UsesScala212AndItsHadoop() { // G118 adapted
        SyncPlan plan = plan(request().sparkVersion("3.5.7").bucketType("s3").adapterType("snowflake"));

        assertThat(item(plan, "spark").coordinates()).containsExactly(
                "org.apache.spark:spark-sql_2.12:3.5.7", "org.apache.spark:spark-catalyst_2.12:3.5.7");
        assertThat(item(plan, "spark").directory()).isEqualTo(CACHE.resolve("spark/3.5.7"));
        assertThat(item(plan, "s3-spark-3.5").coordinates()).containsExactly("org.apache.hadoop:hadoop-aws:3.3.4");
        assertThat(item(plan, "snowflake-spark-3.5").coordinates().get(0)).contains("spark-snowflake_2.12");
        assertThat(plan.notices()).isEmpty();
    }

    @Test
    void spark4UsesScala213ConnectorsOrSaysNoneExists() {
        SyncPlan plan = plan(request().sparkVersion("4.0.1")
                .adapterTypes(List.of("snowflake", "redshift", "bigquery")).bucketType("azure").bucketType("gcs"));

        assertThat(item(plan, "spark").coordinates()).containsExactly(
                "org.apache.spark:spark-sql_2.13:4.0.1", "org.apache.spark:spark-catalyst_2.13:4.0.1");
        assertThat(item(plan, "redshift-spark-4.0").coordinates().get(0)).contains("spark-redshift_2.13");
        assertThat(item(plan, "azure-spark-4.0").coordinates()).containsExactly("org.apache.hadoop:hadoop-azure:3.4.1");
        SyncItem gcs = item(plan, "gcs-spark-4.0");
        assertThat(gcs.coordinates().get(0)).endsWith(":shaded:3.0.4");
        assertThat(gcs.transitive()).isFalse();
        assertThat(plan.items()).extracting(SyncItem::name).doesNotContain("snowflake-spark-4.0", "bigquery-spark-4.0");
        assertThat(plan.notices())
                .anySatisfy(n -> assertThat(n).contains("No snowflake Spark connector").contains("Scala 2.13"))
                .anySatisfy(n -> assertThat(n).contains("No bigquery Spark connector"));
        assertThat(plan.items()).allSatisfy(i -> assertThat(i.coordinates()).noneMatch(c -> c.contains("_2.12")));
    }

    @Test
    void aSparkConnectComputeAlsoGetsTheConnectClientOfItsVersion() {
        SyncPlan plan = plan(request().sparkConnectVersion("4.0.1").sparkVersion("3.5.7"));

        SyncItem client = item(plan, "spark-connect-client");
        assertThat(client.kind()).isEqualTo(SyncItem.Kind.SPARK_CONNECT_CLIENT);
        assertThat(client.coordinates()).containsExactly("org.apache.spark:spark-connect-client-jvm_2.13:4.0.1");
        assertThat(client.transitive()).isFalse();
        assertThat(client.directory()).isEqualTo(CACHE.resolve("spark-connect/4.0.1"));
        assertThat(plan.items()).filteredOn(i -> i.name().equals("spark-connect-client")).hasSize(1);
        assertThat(plan(request().sparkVersion("4.0.1")).items()).extracting(SyncItem::name)
                .doesNotContain("spark-connect-client");
    }

    @Test
    void sparkConnectBefore4IsRefused() {
        assertThatThrownBy(() -> plan(request().sparkConnectVersion("3.5.7")))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("Spark 3.5.7 cannot run on a Spark Connect master (sc://")
                .hasMessageContaining("4.0.1 or later");
    }

    @Test
    void javaVersionIsCheckedAgainstTheSparkLine() { // G122
        assertThat(plan(request().sparkVersion("4.0.0").javaVersion(11)).notices())
                .singleElement().asString().contains("Spark 4.0.0 runs on Java 17 or 21").contains("Java found is 11");
        assertThat(plan(request().sparkVersion("3.5.0").javaVersion(17)).notices()).isEmpty();
        assertThat(plan(request().sparkVersion("3.5.0").javaVersion(21)).notices())
                .singleElement().asString().contains("8, 11 or 17");
    }

    @Test
    void connectorsAreSharedWithinASparkLine() {
        SyncPlan plan = plan(request().sparkVersion("3.5.1").sparkVersion("3.5.7").bucketType("s3"));
        assertThat(plan.items()).extracting(SyncItem::name).containsExactly("spark", "s3-spark-3.5", "spark");
    }

    @Test
    void cloudBucketsWithoutSparkAreExplained() {
        SyncPlan plan = plan(request().bucketType("s3").bucketType("filesystem"));
        assertThat(plan.items()).isEmpty();
        assertThat(plan.notices()).singleElement().asString().contains("s3");
    }

    @Test
    void allInvalidInputIsReportedTogether() {
        assertThatThrownBy(() -> plan(request().adapterTypes(List.of("foo", "bar")).sparkVersion("9.9.9")
                .bucketType("ftp")))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("Unknown adapter types 'bar', 'foo'")
                .hasMessageContaining("Unknown Spark version '9.9.9'")
                .hasMessageContaining("Unknown bucket type 'ftp'");
    }
}
