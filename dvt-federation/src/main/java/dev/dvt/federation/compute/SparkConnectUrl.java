package dev.dvt.federation.compute;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark Connect master, {@code sc://host[:port][/;key=value…]}, as far as DVT needs it: where the
 * server listens. The parameters (user_id, token, use_ssl…) are the client's business.
 *
 * @param host server host
 * @param port server port, 15002 when the URL names none
 */
public record SparkConnectUrl(String host, int port) {
    public static final int DEFAULT_PORT = 15002;
    private static final String SCHEME = "sc://";
    private static final Pattern AUTHORITY = Pattern.compile("sc://(\\[[^\\]]+\\]|[^:/;\\[]+)(?::(\\d{1,5}))?(?:/.*|;.*)?",
            Pattern.CASE_INSENSITIVE);

    public static boolean isConnect(String master) {
        return master.trim().toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    /**
     * @throws DvtException (CONFIG) when the URL has no host or a port that is not a number
     */
    public static SparkConnectUrl parse(String master, String computeName) {
        Matcher matcher = AUTHORITY.matcher(master.trim());
        if (!matcher.matches()) {
            throw new DvtException(ErrorCode.CONFIG, "Spark compute '" + computeName + "' has master '"
                    + master.trim() + "', which is not a Spark Connect URL: write it as sc://host:port (port 15002 by default)");
        }
        String host = matcher.group(1);
        int port = matcher.group(2) == null ? DEFAULT_PORT : Integer.parseInt(matcher.group(2));
        if (port < 1 || port > 65_535) {
            throw new DvtException(ErrorCode.CONFIG, "Spark compute '" + computeName + "' has master '"
                    + master.trim() + "' with port " + port + ", which is not a TCP port");
        }
        return new SparkConnectUrl(host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port);
    }

    /**
     * Fails fast when nothing listens there: the Connect client itself retries an unreachable
     * server for about ten minutes before it gives up.
     *
     * @throws DvtException (FEDERATION) naming the server and what to do
     */
    public void checkReachable(String computeName, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new DvtException(ErrorCode.FEDERATION, "The Spark Connect server of compute '" + computeName
                    + "' at " + host + ":" + port + " cannot be reached (" + reason + "): start it, or correct `master`"
                    + " in computes.yml");
        }
    }
}
