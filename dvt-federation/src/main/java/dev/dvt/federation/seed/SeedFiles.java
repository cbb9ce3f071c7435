package dev.dvt.federation.seed;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.seed.SeedFormat;
import dev.dvt.federation.compute.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** How a compute reads a seed file of a given format. */
public final class SeedFiles {
    private static final int UTF8_BOM = 0xFEFF;

    private SeedFiles() {
    }

    /**
     * The input format of a non-CSV seed. A JSON file is an array when its first character (after
     * white space and a byte-order mark) is {@code [}, and newline-delimited records otherwise.
     */
    public static InputFormat inputFormat(Path file, SeedFormat format) {
        return switch (format) {
            case PARQUET -> InputFormat.PARQUET;
            case ORC -> InputFormat.ORC;
            case JSON -> firstCharacter(file) == '[' ? InputFormat.JSON_ARRAY : InputFormat.JSON_LINES;
            case CSV -> throw new IllegalArgumentException("CSV seeds load through the seed materialization: " + file);
        };
    }

    private static int firstCharacter(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != UTF8_BOM && !Character.isWhitespace(c)) {
                    return c;
                }
            }
            return -1;
        } catch (IOException e) {
            throw new DvtException(ErrorCode.RUNTIME, "Cannot read seed file " + file + ": " + e.getMessage(), file, 0, e);
        }
    }
}
