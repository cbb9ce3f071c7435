package dev.dvt.core.seed;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file one record at a time (RFC 4180): fields in double quotes may hold the
 * delimiter, line breaks and doubled quotes; records end with LF, CRLF or CR; a UTF-8 byte order
 * mark is skipped. Only one record is held in memory, so files of any size can be read.
 */
public final class CsvRecordReader implements Closeable {
    private static final int BOM = '\uFEFF';
    private static final int EOF = -1;

    private final Path file;
    private final Reader in;
    private final char delimiter;
    private final StringBuilder field = new StringBuilder(64);
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int line = 1;
    private int recordLine;
    private int pushedBack = Integer.MIN_VALUE;
    private boolean atEnd;

    public CsvRecordReader(Path file, char delimiter) {
        this.file = requireNonNull(file, "file is null");
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new DvtException(ErrorCode.CONFIG, "The seed delimiter cannot be a quote or a line"
                    + " break; set 'delimiter' to a single character such as ',' or ';'", file, 0);
        }
        this.delimiter = delimiter;
        try {
            InputStream stream = Files.newInputStream(file);
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.in = new InputStreamReader(stream, decoder);
            int first = read();
            if (first != BOM) {
                pushedBack = first;
            }
        } catch (IOException e) {
            throw new DvtException(ErrorCode.CONFIG, "Cannot read seed file: " + e.getMessage(), file, 0, e);
        }
    }

    /** The 1-based line on which the record last returned by {@link #next()} starts. */
    int recordLine() {
        return recordLine;
    }

    Path file() {
        return file;
    }

    /**
     * The next record's fields, or null at the end of the file. A blank line is returned as an
     * empty list (a line holding only {@code ""} is one empty field).
     */
    public List<String> next() {
        if (atEnd) {
            return null;
        }
        recordLine = line;
        int c = read();
        if (c == EOF) {
            atEnd = true;
            return null;
        }
        if (c == '\n' || c == '\r') {
            endRecord(c);
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = readQuoted();
            } else {
                while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (c == delimiter) {
                c = read();
                continue;
            }
            endRecord(c);
            return fields;
        }
    }

    /** Reads a quoted field (the opening quote is consumed) and returns the character after it. */
    private int readQuoted() {
        int startLine = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new DvtException(ErrorCode.CONFIG, "Seed file " + file.getFileName()
                        + ": a quoted field opened on line " + startLine + " is never closed;"
                        + " check for a stray '\"' character", file, startLine);
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != delimiter && after != '\n' && after != '\r' && after != EOF) {
                        throw new DvtException(ErrorCode.CONFIG, "Seed file " + file.getFileName()
                                + ", line " + line + ": unexpected character '" + (char) after
                                + "' after a closing quote; double a quote inside a quoted field"
                                + " (\"\")", file, line);
                    }
                    return after;
                }
            } else if (c == '\n') {
                line++;
            } else if (c == '\r') {
                int after = read();
                if (after != '\n') {
                    pushedBack = after;
                }
                line++;
                field.append('\r');
                if (after == '\n') {
                    field.append('\n');
                }
                continue;
            }
            field.append((char) c);
        }
    }

    private void endRecord(int c) {
        if (c == EOF) {
            atEnd = true;
            return;
        }
        line++;
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushedBack = after;
            }
        }
    }

    private int read() {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        if (position < limit) {
            return buffer[position++];
        }
        try {
            int n;
            do {
                n = in.read(buffer, 0, buffer.length);
            } while (n == 0);
            if (n < 0) {
                return EOF;
            }
            position = 1;
            limit = n;
            return buffer[0];
        } catch (java.nio.charset.CharacterCodingException e) {
            int badLine = lineOfFirstMalformedByte(file);
            throw new DvtException(ErrorCode.CONFIG, "Seed file " + file.getFileName() + ", line " + badLine
                    + ": the file is not valid UTF-8; save it as UTF-8", file, badLine, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The decoder reads ahead, so the failing line is found again by decoding the bytes in step. */
    static int lineOfFirstMalformedByte(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lines = 1;
        try (InputStream stream = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean end = false;
            while (!end) {
                int n = stream.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                for (int i = 0; i < chars.limit(); i++) {
                    if (chars.get(i) == '\n') {
                        lines++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    return lines;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return lines;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file, e);
        }
    }
}
