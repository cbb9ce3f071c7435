package dev.dvt.it.cloud;

import dev.dvt.it.DvtProcess;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A cloud-storage emulator from npm (installed into .emulators/ by scripts/test-emulators.sh,
 * which .ci/run calls), run as a node process on a free loopback port for one test class.
 */
abstract class TestingEmulator implements AutoCloseable {
    protected final int port;
    protected final Path dataDir;
    private final Process process;

    protected TestingEmulator(String module, List<String> scriptAndArgs) throws IOException, InterruptedException {
        Path modules = DvtProcess.repoRoot().resolve(".emulators/node_modules");
        if (!Files.isDirectory(modules.resolve(module))) {
            throw new IllegalStateException(module + " is not installed in " + modules
                    + ": run scripts/test-emulators.sh install (it needs node and npm)");
        }
        this.port = freePort();
        this.dataDir = Files.createTempDirectory("dvt-" + module);
        List<String> command = new ArrayList<>(List.of("node", modules.resolve(module).resolve(scriptAndArgs.get(0)).toString()));
        for (String arg : scriptAndArgs.subList(1, scriptAndArgs.size())) {
            command.add(arg.replace("{port}", Integer.toString(port)).replace("{dir}", dataDir.toString()));
        }
        this.process = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("emulator.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!listening(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String log = Files.readString(dataDir.resolve("emulator.log"));
                process.destroyForcibly();
                throw new IllegalStateException(module + " did not start on port " + port + ": " + log);
            }
            Thread.sleep(100);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A loopback port nothing listens on, for "unreachable endpoint" cases. */
    static int closedPort() throws IOException {
        return freePort();
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp directory left behind is harmless.
        }
    }
}
