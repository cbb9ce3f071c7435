package dev.dvt.compiler.parse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code target/partial_parse.bin}: the render result of every SQL file (by package and path,
 * with its checksum) plus a fingerprint of everything that can change any result (DVT version,
 * project files, target, --vars, macro files). With a matching fingerprint, an unchanged file is
 * not rendered again; environment variables a file read are re-checked per file. The file is
 * gzipped JSON with a format version; an unreadable or older file is ignored.
 */
final class PartialParseCache {

    private static final Logger LOG = LoggerFactory.getLogger(PartialParseCache.class);
    static final String FILE_NAME = "partial_parse.bin";
    private static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** One cached file: its checksum and the render result of each of its SQL bodies. */
    record Entry(String checksum, Map<String, RenderResult> bodies) {
    }

    /** The file's content. */
    record Content(int format, String fingerprint, Map<String, Entry> files) {
    }

    private PartialParseCache() {
    }

    static Map<String, Entry> load(Path file, String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            Content content = MAPPER.readValue(in, new TypeReference<Content>() { });
            if (content.format() != FORMAT) {
                LOG.debug("Partial parse file {} has format {}, expected {}: full parse", file, content.format(),
                        FORMAT);
                return Map.of();
            }
            if (!fingerprint.equals(content.fingerprint())) {
                LOG.info("Project settings, vars or macros changed since the last parse: full parse");
                return Map.of();
            }
            return content.files();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Ignoring unreadable partial parse file {}: {}", file, e.toString());
            return Map.of();
        }
    }

    static void save(Path file, String fingerprint, Map<String, Entry> files) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(FILE_NAME + ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp))) {
                MAPPER.writeValue(out, new Content(FORMAT, fingerprint, new LinkedHashMap<>(files)));
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("Could not write {}: {} (the next parse will be a full parse)", file, e.getMessage());
        }
    }

    /** The cached bodies of {@code file} when its checksum and the env vars it read are unchanged. */
    static Optional<Map<String, RenderResult>> reuse(Map<String, Entry> cache, ProjectFile file,
            Map<String, String> env) {
        Entry entry = cache.get(file.key());
        if (entry == null || !entry.checksum().equals(file.checksum().getChecksum())) {
            return Optional.empty();
        }
        for (RenderResult r : entry.bodies().values()) {
            for (Map.Entry<String, String> read : r.envVars().entrySet()) {
                if (!java.util.Objects.equals(read.getValue(), env.get(read.getKey()))) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(entry.bodies());
    }
}
