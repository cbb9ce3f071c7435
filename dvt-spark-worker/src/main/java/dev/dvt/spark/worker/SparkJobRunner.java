package dev.dvt.spark.worker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * Runs jobs on one Spark session. Views are registered and dropped through SQL and results are
 * written with the DataFrame writer, a small surface that Spark 3.5 and 4.x share, so one worker
 * build serves every installed Spark version, and that Spark 4's Connect client implements too.
 */
final class SparkJobRunner {
    private final SparkSession spark;

    /** A staged input: where it is, its Spark data source ({@code parquet}, {@code json}, {@code orc}) and options. */
    record Input(String location, String format, Map<String, String> options) {}

    /** A result column and its Spark SQL type. */
    record Column(String name, String type) {}

    /** What a job wrote: rows, the Parquet part files, and the columns. */
    record Output(long rowCount, List<String> files, List<Column> columns) {}

    private SparkJobRunner(SparkSession spark) {
        this.spark = spark;
    }

    static SparkJobRunner start(String master, Map<String, String> settings) {
        if (master.trim().toLowerCase(Locale.ROOT).startsWith("sc://")) {
            return connect(master.trim(), settings);
        }
        SparkConf conf = new SparkConf(false).setMaster(master).setAppName("dvt");
        settings.forEach(conf::set);
        return new SparkJobRunner(SparkSession.builder().config(conf).getOrCreate());
    }

    /**
     * A session on a Spark Connect server (Spark 4's shared API; the Connect client jar is on the
     * classpath). The server owns the driver, so only session settings can be set from here; the
     * ones it refuses are named together, with where they belong.
     */
    private static SparkJobRunner connect(String url, Map<String, String> settings) {
        SparkSession spark = SparkSession.builder().remote(url).config("spark.api.mode", "connect").getOrCreate();
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            try {
                spark.conf().set(setting.getKey(), setting.getValue());
            } catch (Exception e) { // Spark's AnalysisException is checked, and thrown undeclared
                if (!String.valueOf(e.getMessage()).contains("CANNOT_MODIFY_CONFIG")) {
                    spark.stop();
                    throw new IllegalStateException(e.getMessage(), e);
                }
                refused.add(setting.getKey());
            }
        }
        if (!refused.isEmpty()) {
            spark.stop();
            throw new IllegalArgumentException("The Spark Connect server does not let a client set " + String.join(", ", refused)
                    + ": set " + (refused.size() == 1 ? "it" : "them") + " where the server is started, and keep only"
                    + " session settings (spark.sql.* and the like) in computes.yml's config for an sc:// master");
        }
        return new SparkJobRunner(spark);
    }

    String sparkVersion() {
        return spark.version();
    }

    /**
     * Registers each staged input as a temporary view, runs the SQL and writes its result as a
     * Parquet directory at {@code output}, replacing what was there. Views are dropped afterwards
     * so the next model starts clean.
     */
    Output run(Map<String, Input> views, String sql, String output) {
        try {
            views.forEach((view, input) -> spark.sql("CREATE OR REPLACE TEMPORARY VIEW `" + view + "` USING "
                    + input.format() + " OPTIONS (" + options(input) + ")"));
            spark.sql(sql).write().mode("overwrite").parquet(output);
            Dataset<Row> written = spark.read().parquet(output);
            List<Column> columns = new ArrayList<>();
            for (StructField field : written.schema().fields()) {
                columns.add(new Column(field.name(), field.dataType().sql()));
            }
            List<String> files = new ArrayList<>(Arrays.asList(written.inputFiles()));
            files.sort(null);
            return new Output(written.count(), files, columns);
        } finally {
            views.keySet().forEach(view -> spark.sql("DROP VIEW IF EXISTS `" + view + "`"));
        }
    }

    private static String options(Input input) {
        StringBuilder text = new StringBuilder("path " + literal(input.location()));
        input.options().forEach((key, value) -> {
            if (!key.matches("[A-Za-z][A-Za-z0-9.]*")) {
                throw new IllegalArgumentException("input option names must be plain words, got '" + key + "'");
            }
            text.append(", ").append(key).append(' ').append(literal(value));
        });
        return text.toString();
    }

    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    void stop() {
        spark.stop();
    }
}
