package dev.dvt.federation.compute;

/**
 * Runs federated models' SQL over staged Parquet and writes the result as Parquet. One engine
 * serves every federated model of a run that uses its compute; {@link #close()} at the end of the
 * run releases it (for Spark, stops the worker JVM).
 */
public interface ComputeEngine extends AutoCloseable {

    /**
     * Runs one job. Safe to call from several scheduler threads; an engine may run the jobs one at
     * a time.
     *
     * @throws dev.dvt.core.DvtException (FEDERATION) naming the model when the SQL fails or the
     *     engine cannot run
     */
    ComputeResult run(ComputeJob job);

    /** {@code duckdb} or {@code spark}. */
    String engineName();

    @Override
    void close();
}
