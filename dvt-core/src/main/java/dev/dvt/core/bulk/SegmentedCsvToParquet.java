package dev.dvt.core.bulk;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/**
 * Turns a CSV byte stream into numbered Parquet part files while the stream is still being
 * written. The stream is cut between records into segment files of about
 * {@code segmentBytes}; each finished segment is converted by DuckDB while the producer fills the
 * next. DuckDB parses a regular file on all cores (a pipe only on one), so the conversion keeps
 * up with a fast producer such as PostgreSQL's {@code COPY TO}. At most two segments wait on
 * disk at any time, so disk use stays bounded whatever the row count.
 */
public final class SegmentedCsvToParquet {
    /** Segment size used by the extractors: big enough to amortise a conversion's start-up. */
    public static final long DEFAULT_SEGMENT_BYTES = 64L << 20;
    private static final int MAX_WAITING_SEGMENTS = 2;

    /**
     * Writes the whole CSV stream (RFC 4180, headerless, '"' quotes) into {@code out}, whole
     * records in each {@code write} call (as PostgreSQL's COPY protocol delivers them: one row
     * per message), so a segment can end after any call without scanning the bytes.
     */
    @FunctionalInterface
    public interface Producer {
        void writeTo(OutputStream out) throws Exception;
    }

    /** The rows converted and the Parquet files written, in order. */
    public record Result(long rows, List<Path> files) {
        public Result {
            files = List.copyOf(files);
        }
    }

    private SegmentedCsvToParquet() {
    }

    /**
     * Runs the producer and converts what it writes into {@code parquetFile.apply(0..n-1)}, using
     * hidden segment files in {@code workDir}. On failure every file written is deleted.
     */
    public static Result convert(Path workDir, List<StagedColumn> columns, IntFunction<Path> parquetFile,
            long segmentBytes, Producer producer) {
        Conversions conversions = new Conversions(workDir, columns, parquetFile);
        try {
            Files.createDirectories(workDir);
            SegmentingStream out = new SegmentingStream(conversions, segmentBytes);
            try {
                producer.writeTo(out);
            } catch (Exception e) {
                out.discard();
                throw e;
            }
            out.finish();
            return conversions.await();
        } catch (DvtException e) {
            conversions.abandon();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            conversions.abandon();
            throw new DvtException(ErrorCode.FEDERATION, "Extraction into " + workDir + " was interrupted", e);
        } catch (Exception e) {
            conversions.abandon();
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            ErrorCode code = cause instanceof java.sql.SQLException ? ErrorCode.DATABASE : ErrorCode.FEDERATION;
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new DvtException(code, message, cause);
        }
    }

    /** Converts finished segments one after another on a background thread. */
    private static final class Conversions {
        private final Path workDir;
        private final List<StagedColumn> columns;
        private final IntFunction<Path> parquetFile;
        private final ExecutorService converter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dvt-csv-to-parquet");
            t.setDaemon(true);
            return t;
        });
        private final Semaphore waiting = new Semaphore(MAX_WAITING_SEGMENTS);
        private final List<Future<Long>> results = new ArrayList<>();
        private final List<Path> files = new ArrayList<>();
        private final List<Path> segments = new ArrayList<>();

        Conversions(Path workDir, List<StagedColumn> columns, IntFunction<Path> parquetFile) {
            this.workDir = workDir;
            this.columns = columns;
            this.parquetFile = parquetFile;
        }

        Path nextSegment() {
            return workDir.resolve(".segment-" + files.size() + "-" + parquetFile.apply(files.size()).getFileName()
                    + ".csv");
        }

        /** Queues a finished segment; blocks while two are already waiting, and fails fast on an earlier failure. */
        void submit(Path segment) throws IOException {
            failFast();
            try {
                waiting.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for a segment conversion", e);
            }
            Path parquet = parquetFile.apply(files.size());
            files.add(parquet);
            segments.add(segment);
            results.add(converter.submit(() -> {
                try {
                    return CsvToParquet.convert(segment, columns, parquet);
                } finally {
                    Files.deleteIfExists(segment);
                    waiting.release();
                }
            }));
        }

        private void failFast() throws IOException {
            for (Future<Long> result : results) {
                if (result.isDone()) {
                    try {
                        result.get();
                    } catch (ExecutionException e) {
                        throw new IOException("converting a segment to Parquet failed: " + e.getCause().getMessage(),
                                e.getCause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", e);
                    }
                }
            }
        }

        Result await() throws ExecutionException, InterruptedException {
            long rows = 0;
            for (Future<Long> result : results) {
                rows += result.get();
            }
            converter.shutdown();
            return new Result(rows, files);
        }

        void abandon() {
            converter.shutdownNow();
            try {
                // A conversion under way may still write its file: let it end before deleting.
                converter.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (Path file : java.util.stream.Stream.concat(files.stream(), segments.stream()).toList()) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // Best effort: the caller discards the whole work directory anyway.
                }
            }
        }
    }

    /**
     * An output stream that starts a new segment file once the current one has reached the size
     * limit. It cuts only between {@code write} calls, which is why producers write whole records
     * per call.
     */
    private static final class SegmentingStream extends OutputStream {
        private final Conversions conversions;
        private final long segmentBytes;
        private Path path;
        private OutputStream current;
        private long written;
        private int segments;

        SegmentingStream(Conversions conversions, long segmentBytes) throws IOException {
            this.conversions = conversions;
            this.segmentBytes = segmentBytes;
            open();
        }

        private void open() throws IOException {
            path = conversions.nextSegment();
            current = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
            written = 0;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (written >= segmentBytes) {
                rotate();
            }
            current.write(bytes, offset, length);
            written += length;
        }

        private void rotate() throws IOException {
            current.close();
            conversions.submit(path);
            segments++;
            open();
        }

        void discard() throws IOException {
            current.close();
            Files.deleteIfExists(path);
        }

        void finish() throws IOException {
            current.close();
            if (written > 0 || segments == 0) {
                // The first segment is converted even when empty: the result then has the schema.
                conversions.submit(path);
            } else {
                Files.deleteIfExists(path);
            }
        }
    }
}
