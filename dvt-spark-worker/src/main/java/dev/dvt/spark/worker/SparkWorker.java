package dev.dvt.spark.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Main class of the Spark child JVM that dvt starts for a {@code type: spark} compute.
 *
 * <p>Protocol, one JSON object per line: dvt writes to stdin {@code {"op":"start","master":…,
 * "conf":{…}}} once, then {@code {"op":"run",…}} per job, and {@code {"op":"stop"}} (or closes
 * stdin) at the end. The worker answers on stdout with one line per message: {@code
 * {"event":"ready",…}} after Spark started, {@code {"event":"result",…}} per job. Settings travel on
 * stdin rather than on the command line, so secrets in them never show in a process list. The
 * real stdout is kept for these replies only; {@code System.out} is pointed at stderr so that
 * whatever Spark or a library prints cannot break the protocol.
 */
public final class SparkWorker {
    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream replies;

    private SparkWorker(PrintStream replies) {
        this.replies = replies;
    }

    public static void main(String[] args) throws IOException {
        PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int exitCode = new SparkWorker(replies).serve(requests);
        System.exit(exitCode);
    }

    private int serve(BufferedReader requests) throws IOException {
        String first = requests.readLine();
        if (first == null) {
            return 0;
        }
        JsonNode start = json.readTree(first);
        if (!"start".equals(start.path("op").asText())) {
            reply(failure("failed", "the first message must be a start message, got: " + first));
            return 2;
        }
        SparkJobRunner runner;
        long began = System.nanoTime();
        try {
            runner = SparkJobRunner.start(start.path("master").asText(), settings(start.path("conf")));
        } catch (Exception | LinkageError e) {
            reply(failure("failed", describe(e)));
            return 1;
        }
        try {
            ObjectNode ready = json.createObjectNode();
            ready.put("event", "ready");
            ready.put("spark_version", runner.sparkVersion());
            ready.put("startup_ms", (System.nanoTime() - began) / 1_000_000);
            reply(ready);
            for (String line = requests.readLine(); line != null; line = requests.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode request = json.readTree(line);
                String op = request.path("op").asText();
                if (op.equals("stop")) {
                    break;
                }
                if (op.equals("run")) {
                    reply(run(runner, request));
                } else {
                    reply(failure("result", "unknown op '" + op + "'"));
                }
            }
        } finally {
            runner.stop();
        }
        return 0;
    }

    private ObjectNode run(SparkJobRunner runner, JsonNode request) {
        long id = request.path("id").asLong();
        long began = System.nanoTime();
        ObjectNode reply;
        try {
            Map<String, SparkJobRunner.Input> views = new LinkedHashMap<>();
            for (JsonNode input : request.path("inputs")) {
                String format = input.path("format").asText("parquet");
                if (!format.matches("[a-z]+")) {
                    throw new IllegalArgumentException("input format must be a data source name, got '" + format + "'");
                }
                views.put(input.path("view").asText(), new SparkJobRunner.Input(input.path("location").asText(), format,
                        settings(input.path("options"))));
            }
            SparkJobRunner.Output output = runner.run(views, request.path("sql").asText(), request.path("output").asText());
            reply = json.createObjectNode();
            reply.put("event", "result");
            reply.put("ok", true);
            reply.put("row_count", output.rowCount());
            output.files().forEach(reply.putArray("files")::add);
            var columns = reply.putArray("columns");
            output.columns().forEach(c -> columns.addObject().put("name", c.name()).put("type", c.type()));
        } catch (Exception | LinkageError e) {
            // Spark's AnalysisException is a checked exception that Scala code throws undeclared
            reply = failure("result", describe(e));
        }
        reply.put("id", id);
        reply.put("elapsed_ms", (System.nanoTime() - began) / 1_000_000);
        return reply;
    }

    private Map<String, String> settings(JsonNode conf) throws IOException {
        return conf.isObject() ? json.readerForMapOf(String.class).readValue(conf) : Map.of();
    }

    private ObjectNode failure(String event, String message) {
        ObjectNode node = json.createObjectNode();
        node.put("event", event);
        node.put("ok", false);
        node.put("error", message);
        return node;
    }

    private void reply(ObjectNode node) throws IOException {
        replies.println(json.writeValueAsString(node));
        if (replies.checkError()) {
            throw new IOException("dvt stopped reading the worker's replies");
        }
    }

    /** The message a user should read: Spark's own, which names the failing SQL and position. */
    private static String describe(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        System.err.println(trace);
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : message;
    }
}
