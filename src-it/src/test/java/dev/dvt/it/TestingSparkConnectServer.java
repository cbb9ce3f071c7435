package dev.dvt.it;

import dev.dvt.core.database.ClasspathLocator;
import dev.dvt.core.database.InstallCache;
import dev.dvt.federation.compute.SparkJvmFlags;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Spark Connect server on loopback: Spark's own {@code SparkConnectServer} in a child JVM,
 * on the Spark 4 jars `dvt sync` installed plus the server jars Maven copied into
 * {@code target/spark-connect-server}. Its log goes to {@code server.log} in the given directory.
 */
public final class TestingSparkConnectServer implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;

    private TestingSparkConnectServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a {@code local[2]} server and waits until it accepts connections. */
    public static TestingSparkConnectServer start(InstallCache cache, Path workDir) throws Exception {
        List<String> classpath = new ArrayList<>();
        new ClasspathLocator(cache).sparkJars(SyncedSpark.VERSION).forEach(jar -> classpath.add(jar.toString()));
        serverJars().forEach(jar -> classpath.add(jar.toString()));
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(SparkJvmFlags.MODULE_OPTIONS);
        command.addAll(List.of("-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                "-Dspark.driver.bindAddress=127.0.0.1", "-Dspark.driver.host=127.0.0.1",
                "-Dspark.sql.shuffle.partitions=2", "-Dspark.connect.grpc.binding.address=127.0.0.1",
                "-Dspark.connect.grpc.binding.port=" + port,
                "-cp", String.join(File.pathSeparator, classpath), "org.apache.spark.sql.connect.service.SparkConnectServer"));
        Path log = workDir.resolve("server.log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        TestingSparkConnectServer server = new TestingSparkConnectServer(process, port, log);
        server.awaitListening();
        return server;
    }

    /** The master to put in computes.yml. */
    public String url() {
        return "sc://127.0.0.1:" + port;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitListening() throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Spark Connect server exited with " + process.exitValue() + ":\n" + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        close();
        throw new IllegalStateException("The Spark Connect server did not listen within " + STARTUP + ":\n" + log());
    }

    private static List<Path> serverJars() throws IOException {
        Path dir = Path.of(System.getProperty("dvt.spark.connect.server",
                DvtProcess.repoRoot().resolve("src-it/target/spark-connect-server").toString()));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
