package dev.dvt.federation.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SparkConnectUrlTest {
    @Test
    void hostPortAndTheDefaultPort() {
        assertThat(SparkConnectUrl.parse("sc://spark.example.com:443/;use_ssl=true;token=x", "c"))
                .isEqualTo(new SparkConnectUrl("spark.example.com", 443));
        assertThat(SparkConnectUrl.parse(" SC://head ", "c")).isEqualTo(new SparkConnectUrl("head", 15002));
        assertThat(SparkConnectUrl.parse("sc://head;user_id=me", "c")).isEqualTo(new SparkConnectUrl("head", 15002));
        assertThat(SparkConnectUrl.parse("sc://[::1]:15010", "c")).isEqualTo(new SparkConnectUrl("::1", 15010));
    }

    @Test
    void onlyScUrlsAreSparkConnect() {
        assertThat(SparkConnectUrl.isConnect(" sc://h")).isTrue();
        assertThat(SparkConnectUrl.isConnect("spark://h:7077")).isFalse();
        assertThat(SparkConnectUrl.isConnect("local[*]")).isFalse();
    }

    @Test
    void aUrlWithoutHostOrWithABadPortIsAConfigError() {
        assertThatThrownBy(() -> SparkConnectUrl.parse("sc://", "big"))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("Spark compute 'big' has master 'sc://', which is not a Spark Connect URL")
                .satisfies(e -> assertThat(((DvtException) e).code()).isEqualTo(ErrorCode.CONFIG));
        assertThatThrownBy(() -> SparkConnectUrl.parse("sc://h:99999", "big"))
                .hasMessageContaining("port 99999, which is not a TCP port");
        assertThatThrownBy(() -> SparkConnectUrl.parse("sc://h:port", "big"))
                .hasMessageContaining("not a Spark Connect URL");
    }

    @Test
    void aServerThatAnswersIsReachableAndAClosedPortSaysWhatToDo() throws Exception {
        int port;
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
            new SparkConnectUrl("127.0.0.1", port).checkReachable("big", Duration.ofSeconds(2));
        }
        long began = System.nanoTime();
        assertThatThrownBy(() -> new SparkConnectUrl("127.0.0.1", port).checkReachable("big", Duration.ofSeconds(2)))
                .isInstanceOf(DvtException.class)
                .hasMessageStartingWith("The Spark Connect server of compute 'big' at 127.0.0.1:" + port + " cannot be reached (")
                .hasMessageEndingWith("start it, or correct `master` in computes.yml");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(3));
    }
}
