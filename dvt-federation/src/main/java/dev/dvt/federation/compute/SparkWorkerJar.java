package dev.dvt.federation.compute;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The jar the Spark worker JVM runs. The worker's classes (module dvt-spark-worker) travel inside
 * dvt as plain resources, never loaded here; on first use they are written into
 * {@code <cache>/spark/worker-<content hash>.jar}, together with the worker's log4j2 settings at
 * the jar root, where log4j2 finds them. A new dvt build with different worker classes gets a new
 * file; an unchanged one reuses it.
 */
final class SparkWorkerJar {
    static final String MAIN_CLASS = "dev.dvt.spark.worker.SparkWorker";
    private static final String PACKAGE = "dev/dvt/spark/worker/";
    private static final String LOG_CONFIG = "log4j2.properties";

    private SparkWorkerJar() {
    }

    /** The worker jar in {@code directory}, written there first if needed. */
    static Path ensure(Path directory) {
        Map<String, byte[]> entries = entries();
        Path jar = directory.resolve("worker-" + hash(entries) + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, "worker-", ".jar.partial");
            try {
                write(partial, entries);
                Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new DvtException(ErrorCode.FEDERATION, "Cannot write the Spark worker jar into " + directory + ": "
                    + e.getMessage(), e);
        }
        return jar;
    }

    /** Entry name to content: the worker package's files, its log4j2 settings moved to the root. */
    static Map<String, byte[]> entries() {
        URL main = SparkWorkerJar.class.getClassLoader().getResource(PACKAGE + "SparkWorker.class");
        if (main == null) {
            throw new DvtException(ErrorCode.INTERNAL, "The Spark worker classes (" + PACKAGE
                    + ") are missing from this dvt build");
        }
        Map<String, byte[]> entries = new TreeMap<>();
        try {
            if (main.getProtocol().equals("jar")) {
                readFromJar(main, entries);
            } else {
                readFromDirectory(Path.of(main.toURI()).getParent(), entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unexpected resource URL " + main, e);
        }
        byte[] logConfig = entries.remove(PACKAGE + LOG_CONFIG);
        if (logConfig != null) {
            entries.put(LOG_CONFIG, logConfig);
        }
        return entries;
    }

    private static void readFromJar(URL resource, Map<String, byte[]> entries) throws IOException {
        JarURLConnection connection = (JarURLConnection) resource.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements();) {
                JarEntry entry = all.nextElement();
                if (entry.getName().startsWith(PACKAGE) && !entry.isDirectory()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    private static void readFromDirectory(Path packageDir, Map<String, byte[]> entries) throws IOException {
        try (Stream<Path> files = Files.walk(packageDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = packageDir.relativize(file).toString().replace('\\', '/');
                entries.put(PACKAGE + relative, Files.readAllBytes(file));
            }
        }
    }

    private static String hash(Map<String, byte[]> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            entries.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static void write(Path target, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, MAIN_CLASS);
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
    }
}
