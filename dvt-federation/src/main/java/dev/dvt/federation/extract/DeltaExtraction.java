package dev.dvt.federation.extract;

import static dev.dvt.core.bulk.EmbeddedDuckDb.identifier;
import static dev.dvt.core.bulk.EmbeddedDuckDb.literal;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.EmbeddedDuckDb;
import dev.dvt.core.bulk.FederationConnectors;
import dev.dvt.core.bulk.ParquetFiles;
import dev.dvt.core.dialect.DialectRegistry;
import dev.dvt.federation.plan.SourcePlan;
import dev.dvt.federation.sql.SqlDialect;
import dev.dvt.federation.staging.StagingBucket;
import dev.dvt.federation.state.DeltaComparison;
import dev.dvt.federation.state.RowHash;
import dev.dvt.federation.state.RowHashSql;
import dev.dvt.federation.state.SourceState;
import dev.dvt.spi.ExtractionRequest;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * Delta extraction by primary key and row hash. The source is asked for ({@code _pk},
 * {@code _hash}) of every row in binary key order and compared, as a streaming merge, with the
 * hashes stored beside the staged data; only new and changed rows are then fetched (in batches of
 * keys), and the new dataset is the previous one minus changed and deleted keys plus the fetched
 * rows. Keys travel through hex-encoded temporary files, so memory does not grow with the table.
 */
final class DeltaExtraction {
    private static final int KEYS_PER_QUERY = 1000;
    private static final HexFormat HEX = HexFormat.of();

    private final StagingBucket bucket;
    private final FederationConnectors connectors;

    /** The new dataset (published), rows fetched from the source, rows staged. */
    record Result(StagingBucket.Published dataset, long rowsFetched, long rowsStaged) {
    }

    DeltaExtraction(StagingBucket bucket, FederationConnectors connectors) {
        this.bucket = bucket;
        this.connectors = connectors;
    }

    /**
     * Whether rows can be compared: a primary key read by the query, key types whose text is the
     * same in the source and in DuckDB, row-hash SQL for the dialect, and no LIMIT.
     */
    boolean possible(ExtractionJob job) {
        SourcePlan plan = job.plan();
        List<String> pk = job.table().pkColumns();
        if (pk.isEmpty() || plan.limit().isPresent() || !RowHashSql.supports(dialect(job))) {
            return false;
        }
        List<String> read = hashedColumns(job);
        return pk.stream().allMatch(k -> read.contains(k) && textStable(job.table().typeOf(k).orElse("")));
    }

    private static boolean textStable(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.contains("int") || t.contains("serial") || t.contains("char") || t.contains("text")
                || t.equals("uuid") || t.equals("date");
    }

    /** Fetches the current hashes from the source into {@code file} (after a full extraction). */
    void storeHashes(ExtractionJob job, Path file) {
        Path csv = file.resolveSibling(".hashes.csv");
        try {
            try (Connection c = job.source().open(); Statement st = streaming(c, job);
                    ResultSet rs = st.executeQuery(hashQuery(job));
                    Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                while (rs.next()) {
                    writeHashRow(out, rs.getString(1), rs.getString(2));
                }
            }
            hashesToParquet(csv, file);
        } catch (SQLException | IOException e) {
            throw failure(job, e);
        } finally {
            deleteQuietly(csv);
        }
    }

    Result run(ExtractionJob job, SourceState stored) {
        String uid = job.sourceUniqueId();
        String fingerprint = job.plan().fingerprint();
        Path work = bucket.newWorkDirectory(uid);
        Path newHashes = work.resolve(".hashes.csv");
        Path fetchKeys = work.resolve(".fetch-keys.txt");
        Path dropKeys = work.resolve(".drop-keys.csv");
        DeltaComparison.Counts counts;
        try (Connection duck = EmbeddedDuckDb.open(); Statement storedSt = duck.createStatement();
                ResultSet storedRows = storedSt.executeQuery("SELECT _pk, _hash FROM read_parquet("
                        + literal(bucket.hashesFile(uid, fingerprint).toString()) + ") ORDER BY _pk");
                Connection source = job.source().open(); Statement currentSt = streaming(source, job);
                ResultSet currentRows = currentSt.executeQuery(hashQuery(job));
                Writer hashesOut = Files.newBufferedWriter(newHashes, StandardCharsets.UTF_8);
                Writer fetchOut = Files.newBufferedWriter(fetchKeys, StandardCharsets.UTF_8);
                Writer dropOut = Files.newBufferedWriter(dropKeys, StandardCharsets.UTF_8)) {
            Iterator<RowHash> current = new RowHashes(currentRows, hashesOut);
            counts = DeltaComparison.compare(new RowHashes(storedRows, null), current, DeltaComparison.UTF8_BINARY,
                    new DeltaComparison.Listener() {
                        @Override
                        public void added(String key) {
                            line(fetchOut, key);
                        }

                        @Override
                        public void changed(String key) {
                            line(fetchOut, key);
                            line(dropOut, key);
                        }

                        @Override
                        public void deleted(String key) {
                            line(dropOut, key);
                        }
                    });
        } catch (SQLException | IOException e) {
            StagingBucket.deleteTree(work);
            throw failure(job, e);
        }
        try {
            Path previous = bucket.stagedDirectory(uid, fingerprint);
            if (!counts.hasChanges()) {
                return new Result(new StagingBucket.Published(previous, stored.objects()), 0, stored.rowCount());
            }
            long fetched = fetch(job, fetchKeys, work);
            long staged = rebuild(job, StagingBucket.partFiles(previous), dropKeys, work);
            hashesToParquet(newHashes, StagingBucket.hashesFileIn(work));
            for (Path temp : List.of(newHashes, fetchKeys, dropKeys)) {
                Files.deleteIfExists(temp);
            }
            return new Result(bucket.publish(work, uid, fingerprint), fetched, staged);
        } catch (SQLException | IOException e) {
            throw failure(job, e);
        } finally {
            StagingBucket.deleteTree(work);
        }
    }

    /** Fetches the rows of the listed keys, {@value #KEYS_PER_QUERY} keys per query, into delta-n files. */
    private long fetch(ExtractionJob job, Path keys, Path work) throws IOException {
        dev.dvt.core.dialect.SqlDialect core = DialectRegistry.forType(job.adapterType());
        String pk = RowHashSql.pkExpression(dialect(job), job.table().pkColumns());
        long rows = 0;
        int batch = 0;
        try (BufferedReader in = Files.newBufferedReader(keys, StandardCharsets.UTF_8)) {
            List<String> pending = new ArrayList<>();
            for (String line = in.readLine(); ; line = in.readLine()) {
                if (line != null) {
                    pending.add(core.quoteString(new String(HEX.parseHex(line), StandardCharsets.UTF_8)));
                }
                if (pending.size() == KEYS_PER_QUERY || (line == null && !pending.isEmpty())) {
                    String sql = "SELECT * FROM (" + job.plan().extractionSql() + ") dvt_q WHERE " + pk + " IN ("
                            + String.join(", ", pending) + ")";
                    ExtractionRequest request = new ExtractionRequest(job.source(), core, sql, work,
                            "delta-" + batch++, job.settings().fetchSize(), 1, java.util.Optional.empty());
                    List<Path> raw = connectors.forType(job.adapterType()).extractor().extract(request).files();
                    for (int part = 0; part < raw.size(); part++) {
                        Path fetched = work.resolve(".fetched-" + batch + "-" + part + ".parquet");
                        Files.move(raw.get(part), fetched);
                        rows += ParquetFiles.rowCount(List.of(fetched));
                    }
                    pending.clear();
                }
                if (line == null) {
                    return rows;
                }
            }
        }
    }

    /** Writes previous rows whose key was not changed or deleted, plus the fetched rows, as part-0. */
    private long rebuild(ExtractionJob job, List<Path> previous, Path dropKeys, Path work) throws SQLException,
            IOException {
        List<Path> fetched;
        try (var files = Files.list(work)) {
            fetched = files.filter(f -> f.getFileName().toString().matches("\\.fetched-\\d+-\\d+\\.parquet")).sorted()
                    .toList();
        }
        String kept = "SELECT o.* FROM " + ParquetFiles.scan(previous) + " o";
        if (Files.size(dropKeys) > 0) {
            kept += " ANTI JOIN (SELECT decode(unhex(k)) AS k FROM read_csv(" + literal(dropKeys.toString())
                    + ", columns = {'k': 'VARCHAR'}, header = false, auto_detect = false)) d ON "
                    + duckKey(job.table().pkColumns()) + " = d.k";
        }
        String select = fetched.isEmpty() ? kept : kept + " UNION ALL BY NAME SELECT * FROM " + ParquetFiles.scan(fetched);
        Path part = work.resolve("part-0.parquet");
        try (Connection duck = EmbeddedDuckDb.open(); Statement s = duck.createStatement()) {
            long rows = s.executeUpdate("COPY (" + select + ") TO " + literal(part.toString())
                    + " (" + EmbeddedDuckDb.STAGING_PARQUET + ")");
            for (Path f : fetched) {
                Files.delete(f);
            }
            return rows;
        }
    }

    /** The key text computed from staged columns, matching the source's {@link RowHashSql#pkExpression}. */
    private static String duckKey(List<String> pk) {
        List<String> casts = pk.stream().map(k -> "CAST(o." + identifier(k) + " AS VARCHAR)").toList();
        return casts.size() == 1 ? casts.get(0) : "concat_ws('|', " + String.join(", ", casts) + ")";
    }

    private static String hashQuery(ExtractionJob job) {
        SqlDialect dialect = dialect(job);
        String pk = RowHashSql.pkExpression(dialect, job.table().pkColumns());
        String hash = RowHashSql.hashExpression(dialect, hashedColumns(job));
        String order = switch (dialect.family()) {
            case "postgres" -> pk + " COLLATE \"C\"";
            case "mysql" -> "CAST(" + pk + " AS BINARY)";
            default -> pk;
        };
        return "SELECT " + pk + " AS _pk, " + hash + " AS _hash FROM (" + job.plan().extractionSql() + ") dvt_q ORDER BY "
                + order;
    }

    private static List<String> hashedColumns(ExtractionJob job) {
        SourcePlan plan = job.plan();
        return plan.allColumns() || plan.columns().isEmpty() ? job.table().columnNames() : plan.columns();
    }

    private static SqlDialect dialect(ExtractionJob job) {
        return job.plan().input().sqlDialect();
    }

    private static Statement streaming(Connection c, ExtractionJob job) throws SQLException {
        c.setAutoCommit(false);
        Statement st = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        st.setFetchSize(job.settings().fetchSize());
        return st;
    }

    private static void hashesToParquet(Path csv, Path parquet) throws SQLException {
        try (Connection duck = EmbeddedDuckDb.open(); Statement s = duck.createStatement()) {
            s.execute("COPY (SELECT decode(unhex(k)) AS _pk, h AS _hash FROM read_csv(" + literal(csv.toString())
                    + ", columns = {'k': 'VARCHAR', 'h': 'VARCHAR'}, header = false, auto_detect = false, delim = ',')"
                    + " ORDER BY _pk) TO " + literal(parquet.toString()) + " (" + EmbeddedDuckDb.STAGING_PARQUET + ")");
        }
    }

    private static void writeHashRow(Writer out, String key, String hash) throws IOException {
        out.write(HEX.formatHex(key.getBytes(StandardCharsets.UTF_8)));
        out.write(',');
        out.write(hash);
        out.write('\n');
    }

    private static void line(Writer out, String key) {
        try {
            out.write(HEX.formatHex(key.getBytes(StandardCharsets.UTF_8)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DvtException failure(ExtractionJob job, Exception e) {
        return new DvtException(ErrorCode.FEDERATION, "Delta extraction of " + job.sourceUniqueId() + " failed: "
                + e.getMessage(), e);
    }

    /** Row hashes read from a result set; when {@code copy} is set, each row is also written there. */
    private static final class RowHashes implements Iterator<RowHash> {
        private final ResultSet rows;
        private final Writer copy;
        private RowHash next;
        private boolean done;

        RowHashes(ResultSet rows, Writer copy) {
            this.rows = rows;
            this.copy = copy;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    if (rows.next()) {
                        next = new RowHash(rows.getString(1), rows.getString(2));
                        if (copy != null) {
                            writeHashRow(copy, next.key(), next.hash());
                        }
                    } else {
                        done = true;
                    }
                } catch (SQLException e) {
                    throw new DvtException(ErrorCode.DATABASE, "Reading row hashes failed: " + e.getMessage(), e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return next != null;
        }

        @Override
        public RowHash next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RowHash current = next;
            next = null;
            return current;
        }
    }
}
