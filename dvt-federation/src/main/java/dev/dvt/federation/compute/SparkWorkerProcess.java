package dev.dvt.federation.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Spark worker JVM and its line protocol: one JSON request on stdin, one JSON reply
 * on stdout. Its stderr (Spark's logs) goes to dvt's debug log, and the last lines are kept to
 * explain a worker that dies. Not thread-safe: {@link SparkCompute} serialises the calls.
 */
final class SparkWorkerProcess {
    private static final Logger LOG = LoggerFactory.getLogger(SparkWorkerProcess.class);
    private static final Logger WORKER_LOG = LoggerFactory.getLogger("dev.dvt.federation.compute.spark-worker");
    private static final int TAIL_LINES = 40;
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final BufferedWriter requests;
    private final BufferedReader replies;
    private final Thread stderrPump;
    private final Deque<String> stderrTail = new ArrayDeque<>();

    /** The process died or broke the protocol; the message holds the tail of its stderr. */
    static final class WorkerFailure extends Exception {
        private static final long serialVersionUID = 1L;

        WorkerFailure(String message) {
            super(message);
        }
    }

    private SparkWorkerProcess(Process process) {
        this.process = process;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderrPump = new Thread(this::pumpStderr, "spark-worker-stderr");
        this.stderrPump.setDaemon(true);
        this.stderrPump.start();
    }

    /**
     * Starts the JVM and Spark in it, and waits until Spark is ready.
     *
     * @throws WorkerFailure when the JVM cannot start or Spark fails to come up
     */
    static SparkWorkerProcess start(List<String> command, String master, Map<String, String> settings)
            throws WorkerFailure {
        LOG.debug("Starting the Spark worker with {}", command.get(0));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new WorkerFailure("cannot start " + command.get(0) + ": " + e.getMessage());
        }
        SparkWorkerProcess worker = new SparkWorkerProcess(process);
        ObjectNode start = worker.json.createObjectNode();
        start.put("op", "start");
        start.put("master", master);
        ObjectNode conf = start.putObject("conf");
        settings.forEach(conf::put);
        JsonNode ready = worker.exchange(start);
        if (!"ready".equals(ready.path("event").asText())) {
            worker.kill();
            throw new WorkerFailure("Spark did not start: " + ready.path("error").asText(ready.toString()));
        }
        LOG.debug("Spark {} started in the worker in {} ms", ready.path("spark_version").asText(),
                ready.path("startup_ms").asLong());
        return worker;
    }

    /** Sends one request and returns its reply. */
    JsonNode exchange(ObjectNode request) throws WorkerFailure {
        try {
            requests.write(json.writeValueAsString(request));
            requests.newLine();
            requests.flush();
        } catch (IOException e) {
            // the worker is gone; what it printed before dying is still to be read below
            LOG.debug("Writing to the Spark worker failed", e);
        }
        String line = nextReply();
        if (line == null) {
            throw new WorkerFailure(describeDeath());
        }
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new WorkerFailure("the Spark worker sent an unreadable reply: " + line);
        }
    }

    /** The next JSON line on stdout, or null at its end. */
    private String nextReply() {
        try {
            String line = replies.readLine();
            while (line != null && !line.startsWith("{")) {
                // only the JVM itself writes here (e.g. a start-up error): keep it for the failure message
                WORKER_LOG.debug("{}", line);
                remember(line);
                line = replies.readLine();
            }
            return line;
        } catch (IOException e) {
            LOG.debug("Reading from the Spark worker failed", e);
            return null;
        }
    }

    /** Asks the worker to stop Spark and exit; kills it if it does not within the grace period. */
    void stop() {
        try {
            requests.write("{\"op\":\"stop\"}");
            requests.newLine();
            requests.close();
        } catch (IOException e) {
            LOG.debug("The Spark worker's stdin was already closed", e);
        }
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.debug("The Spark worker did not stop within {} s; killing it", STOP_GRACE.toSeconds());
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void kill() {
        process.destroyForcibly();
    }

    private String describeDeath() {
        Optional<Integer> exit = Optional.empty();
        try {
            if (process.waitFor(10, TimeUnit.SECONDS)) {
                exit = Optional.of(process.exitValue());
            }
            stderrPump.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (exit.isEmpty()) {
            kill();
        }
        String tail;
        synchronized (stderrTail) {
            tail = String.join("\n", stderrTail);
        }
        return "the Spark worker stopped unexpectedly" + exit.map(code -> " (exit code " + code + ")").orElse("")
                + (tail.isEmpty() ? "" : ". Last lines of its output:\n" + tail);
    }

    private void remember(String line) {
        synchronized (stderrTail) {
            if (stderrTail.size() == TAIL_LINES) {
                stderrTail.removeFirst();
            }
            stderrTail.addLast(line);
        }
    }

    private void pumpStderr() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                WORKER_LOG.debug("{}", line);
                remember(line);
            }
        } catch (IOException e) {
            LOG.debug("Reading the Spark worker's stderr stopped", e);
        }
    }
}
