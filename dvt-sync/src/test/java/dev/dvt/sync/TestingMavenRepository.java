package dev.dvt.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A Maven repository in a directory, in the standard layout, with poms, small real jars and their
 * .sha1 / .md5 files, for resolving without the network.
 */
final class TestingMavenRepository {
    private final Path root;

    TestingMavenRepository(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    String url() {
        return root.toUri().toString();
    }

    /** Deploys {@code group:artifact:version} with compile dependencies given as {@code g:a:v}. */
    TestingMavenRepository deploy(String coordinates, String... dependencies) throws IOException {
        String[] gav = coordinates.split(":");
        Path dir = directory(gav);
        Files.createDirectories(dir);
        StringBuilder deps = new StringBuilder();
        for (String dependency : dependencies) {
            String[] d = dependency.split(":");
            deps.append("    <dependency><groupId>").append(d[0]).append("</groupId><artifactId>").append(d[1])
                    .append("</artifactId><version>").append(d[2]).append("</version></dependency>\n");
        }
        String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <dependencies>
                %s  </dependencies>
                </project>
                """.formatted(gav[0], gav[1], gav[2], deps);
        write(dir.resolve(base(gav) + ".pom"), pom.getBytes(StandardCharsets.UTF_8));
        write(dir.resolve(base(gav) + ".jar"), jar(coordinates));
        return this;
    }

    /** Replaces the jar's checksums with ones that do not match. */
    void corruptChecksums(String coordinates) throws IOException {
        String[] gav = coordinates.split(":");
        Path jar = directory(gav).resolve(base(gav) + ".jar");
        Files.writeString(jar.resolveSibling(jar.getFileName() + ".sha1"), "0".repeat(40));
        Files.writeString(jar.resolveSibling(jar.getFileName() + ".md5"), "0".repeat(32));
    }

    Path jarFile(String coordinates) {
        String[] gav = coordinates.split(":");
        return directory(gav).resolve(base(gav) + ".jar");
    }

    private Path directory(String[] gav) {
        return root.resolve(gav[0].replace('.', '/')).resolve(gav[1]).resolve(gav[2]);
    }

    private static String base(String[] gav) {
        return gav[1] + "-" + gav[2];
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), hex("SHA-1", content));
        Files.writeString(file.resolveSibling(file.getFileName() + ".md5"), hex("MD5", content));
    }

    private static byte[] jar(String coordinates) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = bytes; JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("META-INF/dvt-test.txt"));
            jar.write(coordinates.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
