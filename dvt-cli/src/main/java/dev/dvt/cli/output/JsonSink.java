package dev.dvt.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvt.core.events.Event;
import dev.dvt.core.events.EventSink;
import dev.dvt.core.events.Level;
import dev.dvt.core.events.Redactor;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;

/**
 * {@code --log-format json}: one JSON object per line shaped like dbt's structured logs,
 * {@code {"info": {name, level, msg, ts, thread, invocation_id}, "data": {...}}}.
 */
public final class JsonSink implements EventSink {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrintStream out;
    private final Level level;
    private final String invocationId;

    public JsonSink(PrintStream out, Level level, String invocationId) {
        this.out = out;
        this.level = level;
        this.invocationId = invocationId;
    }

    @Override
    public void accept(Event event) {
        if (!level.allows(event.level()) && !(event.name().equals(OutputEvents.RAW) && level != Level.NONE)) {
            return;
        }
        out.println(toJson(event, invocationId));
        out.flush();
    }

    static String toJson(Event event, String invocationId) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode info = root.putObject("info");
        info.put("name", event.name());
        info.put("level", event.level().name().toLowerCase(java.util.Locale.ROOT));
        info.put("msg", Redactor.redact(event.message()));
        info.put("ts", TS.format(event.timestamp()));
        info.put("thread", event.thread());
        info.put("invocation_id", invocationId);
        info.put("pid", ProcessHandle.current().pid());
        root.set("data", MAPPER.valueToTree(event.data()));
        try {
            return Redactor.redact(MAPPER.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
