package dev.dvt.federation.state;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.federation.cloud.ObjectStore;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link SourceState} files under {@code <bucket>/_state/}, as JSON with
 * snake_case keys like dbt's artifacts ({@code source_unique_id}, {@code schema_hash}, …). A file that is
 * missing, corrupt or of the wrong shape reads as "no state", which makes the source re-extract;
 * writes go to a temporary file first and are moved into place so a crash never leaves half a file.
 */
public final class StateStore {
    private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);
    private static final String SUFFIX = ".state.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private final Path stateDir;
    private final ObjectStore remote;

    /** @param bucketRoot local root directory of the staging bucket */
    public StateStore(Path bucketRoot) {
        this.stateDir = requireNonNull(bucketRoot, "bucketRoot is null").resolve("_state");
        this.remote = null;
    }

    /**
     * State kept in a cloud bucket under {@code <prefix>/_state/}, so every machine and run that
     * stages there sees it. {@code localRoot} only names the files; nothing is written there.
     */
    public StateStore(Path localRoot, ObjectStore remote) {
        this.stateDir = requireNonNull(localRoot, "localRoot is null").resolve("_state");
        this.remote = requireNonNull(remote, "remote is null");
    }

    /** The object key of a state file in the cloud bucket. */
    public String keyOf(String sourceUniqueId, String fingerprint) {
        return remote.location().key("_state/" + pathOf(sourceUniqueId, fingerprint).getFileName());
    }

    public Path stateDirectory() {
        return stateDir;
    }

    /** {@code <bucket>/_state/<sourceUniqueId>.state.json}. */
    public Path pathOf(String sourceUniqueId) {
        requireNonNull(sourceUniqueId, "sourceUniqueId is null");
        if (sourceUniqueId.isBlank() || sourceUniqueId.contains("/") || sourceUniqueId.contains("\\")
                || sourceUniqueId.startsWith(".")) {
            throw new DvtException(ErrorCode.INTERNAL,
                    "Source id '" + sourceUniqueId + "' cannot be used as a state file name");
        }
        return stateDir.resolve(sourceUniqueId + SUFFIX);
    }

    /**
     * {@code <bucket>/_state/<sourceUniqueId>.<fingerprint>.state.json}: models that read the same
     * source with other columns or predicates keep separate staging, so each keeps its own state.
     */
    public Path pathOf(String sourceUniqueId, String fingerprint) {
        return fingerprint == null ? pathOf(sourceUniqueId)
                : pathOf(sourceUniqueId).resolveSibling(sourceUniqueId + "." + fingerprint + SUFFIX);
    }

    /** The state of the source's staging for one extraction query. */
    public Optional<SourceState> read(String sourceUniqueId, String fingerprint) {
        return read(sourceUniqueId, pathOf(sourceUniqueId, fingerprint));
    }

    private Optional<SourceState> read(String sourceUniqueId, Path file) {
        byte[] content;
        Object where = file;
        try {
            if (remote != null) {
                String key = remote.location().key("_state/" + file.getFileName());
                where = remote.location().type() + ":" + key;
                Optional<byte[]> stored = remote.get(key);
                if (stored.isEmpty()) {
                    return Optional.empty();
                }
                content = stored.get();
            } else if (Files.isRegularFile(file)) {
                content = Files.readAllBytes(file);
            } else {
                return Optional.empty();
            }
        } catch (IOException e) {
            LOG.warn("State file {} cannot be read ({}); the source will be extracted again", file, e.getMessage());
            return Optional.empty();
        }
        try {
            SourceState state = MAPPER.readValue(content, SourceState.class);
            if (state == null || !state.sourceUniqueId().equals(sourceUniqueId)) {
                LOG.warn("State file {} belongs to another source; ignoring it", where);
                return Optional.empty();
            }
            return Optional.of(state);
        } catch (IOException | RuntimeException e) {
            LOG.warn("State file {} cannot be read ({}); the source will be extracted again",
                    where, e.getMessage());
            return Optional.empty();
        }
    }

    public void write(SourceState state) {
        requireNonNull(state, "state is null");
        Path file = pathOf(state.sourceUniqueId(), state.queryFingerprint());
        if (remote != null) {
            try {
                remote.put(keyOf(state.sourceUniqueId(), state.queryFingerprint()), MAPPER.writeValueAsBytes(state));
            } catch (IOException e) {
                throw new DvtException(ErrorCode.INTERNAL, "Cannot serialize extraction state: " + e.getMessage(), e);
            }
            return;
        }
        try {
            Files.createDirectories(stateDir);
            Path tmp = Files.createTempFile(stateDir, "." + state.sourceUniqueId(), ".tmp");
            try {
                MAPPER.writeValue(tmp.toFile(), state);
                moveIntoPlace(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new DvtException(ErrorCode.FEDERATION, "Cannot write extraction state " + file
                    + ": " + e.getMessage() + ". Check that the bucket path is writable.", e);
        }
    }

    /** Deletes the state of a source's staging for one query; returns whether there was one. */
    public boolean delete(String sourceUniqueId, String fingerprint) {
        Path file = pathOf(sourceUniqueId, fingerprint);
        if (remote != null) {
            String key = keyOf(sourceUniqueId, fingerprint);
            boolean existed = remote.stat(key).isPresent();
            remote.delete(List.of(key));
            return existed;
        }
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new DvtException(ErrorCode.FEDERATION,
                    "Cannot delete extraction state " + file + ": " + e.getMessage(), e);
        }
    }

    private static void moveIntoPlace(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
