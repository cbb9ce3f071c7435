package dev.dvt.core.bulk;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a stream of bytes from a writer to a reader that only takes a file path (DuckDB's
 * {@code read_csv}, {@code COPY … TO}, MySQL's {@code LOAD DATA LOCAL INFILE}) without holding it
 * in memory: through a named pipe, writer and reader running at the same time. Where named pipes
 * cannot be made, the writer fills a temporary file first. A failure on either side fails the
 * transfer; the reader's output is then incomplete and must be discarded by the caller.
 */
public final class PipedTransfer {
    private static final Logger LOG = LoggerFactory.getLogger(PipedTransfer.class);
    private static volatile boolean fifoUnavailable;

    /** Writes the bytes into the file at the path it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path file) throws Exception;
    }

    /** Reads the file at the path it is given and returns a result (e.g. rows). */
    @FunctionalInterface
    public interface Reader<T> {
        T readFrom(Path file) throws Exception;
    }

    private PipedTransfer() {
    }

    public static <T> T transfer(Path workDir, String name, Writer writer, Reader<T> reader) {
        try {
            Files.createDirectories(workDir);
            Path pipe = workDir.resolve(name);
            Files.deleteIfExists(pipe);
            try {
                if (makeFifo(pipe)) {
                    return concurrently(pipe, writer, reader);
                }
                writer.writeTo(pipe);
                return reader.readFrom(pipe);
            } finally {
                Files.deleteIfExists(pipe);
            }
        } catch (DvtException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DvtException(ErrorCode.FEDERATION, "Transfer through " + workDir + " was interrupted", e);
        } catch (Exception e) {
            throw failure(e);
        }
    }

    private static <T> T concurrently(Path pipe, Writer writer, Reader<T> reader) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dvt-pipe-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> written = pool.submit(() -> {
                writer.writeTo(pipe);
                return null;
            });
            T result;
            try {
                result = reader.readFrom(pipe);
            } catch (Exception readFailure) {
                release(pipe, written);
                throw readFailure;
            }
            try {
                written.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Ends a writer left behind by a failed reader. Opening the pipe read-write never blocks; it
     * lets a writer stuck in its own open proceed, and closing it again makes the writer's next
     * write fail (no reader), so the writer thread always ends.
     */
    private static void release(Path pipe, Future<?> written) {
        for (int attempt = 0; attempt < 200 && !written.isDone(); attempt++) {
            try (RandomAccessFile unblock = new RandomAccessFile(pipe.toFile(), "rw")) {
                LOG.trace("Releasing the writer of {}", pipe);
            } catch (IOException e) {
                LOG.debug("Releasing the writer of {}: {}", pipe, e.getMessage());
            }
            try {
                written.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                LOG.trace("Writer of {} still running or failed: {}", pipe, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean makeFifo(Path pipe) throws InterruptedException {
        if (fifoUnavailable) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("mkfifo", pipe.toString()).redirectErrorStream(true).start();
            if (p.waitFor() == 0) {
                return true;
            }
        } catch (IOException e) {
            LOG.debug("mkfifo is not available ({}); transfers go through temporary files", e.getMessage());
        }
        fifoUnavailable = true;
        return false;
    }

    private static DvtException failure(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        ErrorCode code = e instanceof java.sql.SQLException ? ErrorCode.DATABASE : ErrorCode.FEDERATION;
        return new DvtException(code, message, e);
    }
}
