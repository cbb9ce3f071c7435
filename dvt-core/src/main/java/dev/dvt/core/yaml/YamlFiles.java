package dev.dvt.core.yaml;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.reader.UnicodeReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML files into plain Java values ({@code LinkedHashMap<String,Object>}, {@code ArrayList},
 * String, Integer/Long/BigInteger, Double, Boolean, null) and records where every key is, so that
 * configuration errors can name the file and line. Scalars resolve as in YAML 1.1 (the rules
 * PyYAML, and therefore dbt, uses); mapping keys are always kept as their text. Merge keys
 * ({@code <<: *anchor}) are applied; duplicate keys are an error.
 */
public final class YamlFiles {
    /** Large schema.yml files exist in the wild; snakeyaml's 3 MB default is too small. */
    private static final int CODE_POINT_LIMIT = 64 * 1024 * 1024;

    private YamlFiles() {
    }

    /** Reads and parses {@code file}; a missing or unreadable file is a CONFIG error. */
    public static YamlDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new UnicodeReader(in), file);
        } catch (NoSuchFileException e) {
            throw new DvtException(ErrorCode.CONFIG, "File not found", file, 0);
        } catch (IOException e) {
            throw new DvtException(ErrorCode.CONFIG, "Cannot read the file: " + e.getMessage(),
                    file, 0, new UncheckedIOException(e));
        }
    }

    /** Parses YAML text; {@code file} is used for positions in error messages only. */
    public static YamlDocument parse(String text, Path file) {
        return parse(new StringReader(text), file);
    }

    private static YamlDocument parse(Reader reader, Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(CODE_POINT_LIMIT);
        Node node;
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(reader), options),
                    new Resolver(), options);
            node = composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            throw syntaxError(e, file);
        } catch (YAMLException e) {
            throw new DvtException(ErrorCode.CONFIG, "Invalid YAML: " + firstLine(e.getMessage()),
                    file, 0);
        }
        Converter converter = new Converter(file, options);
        Object root = node == null ? null : converter.convert(node);
        return new YamlDocument(file, root, converter.containerLines, converter.entryLines);
    }

    private static DvtException syntaxError(MarkedYAMLException e, Path file) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? 0 : mark.getLine() + 1;
        StringBuilder message = new StringBuilder("Invalid YAML: ");
        message.append(e.getProblem() == null ? "syntax error" : firstLine(e.getProblem()));
        if (e.getContext() != null) {
            message.append(" (").append(firstLine(e.getContext())).append(')');
        }
        return new DvtException(ErrorCode.CONFIG, message.toString(), file, line);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** Node tree to plain values, filling the position side tables as it goes. */
    private static final class Converter {
        private final Path file;
        private final ScalarConstructor scalars;
        final IdentityHashMap<Object, Integer> containerLines = new IdentityHashMap<>();
        final IdentityHashMap<Object, Map<Object, Integer>> entryLines = new IdentityHashMap<>();

        Converter(Path file, LoaderOptions options) {
            this.file = file;
            this.scalars = new ScalarConstructor(options);
        }

        Object convert(Node node) {
            if (node instanceof MappingNode mapping) {
                return convertMapping(mapping);
            }
            if (node instanceof SequenceNode sequence) {
                List<Object> list = new ArrayList<>();
                Map<Object, Integer> lines = new HashMap<>();
                for (Node item : sequence.getValue()) {
                    lines.put(list.size(), line(item));
                    list.add(convert(item));
                }
                containerLines.put(list, line(node));
                entryLines.put(list, lines);
                return list;
            }
            return convertScalar((ScalarNode) node);
        }

        private Map<String, Object> convertMapping(MappingNode node) {
            Map<String, Object> map = new LinkedHashMap<>();
            Map<Object, Integer> lines = new HashMap<>();
            List<Node> merges = new ArrayList<>();
            for (NodeTuple tuple : node.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (keyNode.getTag().equals(Tag.MERGE)) {
                    merges.add(tuple.getValueNode());
                    continue;
                }
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    throw new DvtException(ErrorCode.CONFIG,
                            "Invalid YAML: a mapping key must be a plain value, not a list or map",
                            file, line(keyNode));
                }
                String key = scalarKey.getValue();
                if (map.containsKey(key)) {
                    throw new DvtException(ErrorCode.CONFIG, "Duplicate key '" + key
                            + "' (first defined on line " + lines.get(key) + ")", file,
                            line(keyNode));
                }
                lines.put(key, line(keyNode));
                map.put(key, convert(tuple.getValueNode()));
            }
            for (Node merge : merges) {
                List<Node> sources = merge instanceof SequenceNode seq ? seq.getValue() : List.of(merge);
                for (Node source : sources) {
                    if (!(source instanceof MappingNode)) {
                        throw new DvtException(ErrorCode.CONFIG,
                                "Invalid YAML: '<<' must merge a mapping", file, line(source));
                    }
                    Map<String, Object> merged = convertMapping((MappingNode) source);
                    Map<Object, Integer> mergedLines = entryLines.get(merged);
                    merged.forEach((key, value) -> {
                        if (!map.containsKey(key)) {
                            map.put(key, value);
                            lines.put(key, mergedLines.get(key));
                        }
                    });
                }
            }
            containerLines.put(map, line(node));
            entryLines.put(map, lines);
            return map;
        }

        private Object convertScalar(ScalarNode node) {
            if (node.getTag().equals(Tag.TIMESTAMP)) {
                // Dates stay text: no DVT setting is a date, and java.util.Date would surprise.
                return node.getValue();
            }
            try {
                return scalars.construct(node);
            } catch (MarkedYAMLException e) {
                throw syntaxError(e, file);
            } catch (YAMLException | NumberFormatException e) {
                throw new DvtException(ErrorCode.CONFIG, "Invalid YAML: cannot read a value tagged "
                        + node.getTag(), file, line(node));
            }
        }
    }

    /** Gives access to snakeyaml's YAML 1.1 scalar construction (ints, floats, bools, nulls). */
    private static final class ScalarConstructor extends SafeConstructor {
        ScalarConstructor(LoaderOptions options) {
            super(options);
        }

        Object construct(ScalarNode node) {
            return constructObject(node);
        }
    }
}
