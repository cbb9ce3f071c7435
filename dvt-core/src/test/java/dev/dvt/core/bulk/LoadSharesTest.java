package dev.dvt.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadSharesTest {
    @TempDir
    Path dir;

    @Test
    void largestFilesGoToTheLightestShare() throws Exception {
        Path a = file("a", 900);
        Path b = file("b", 500);
        Path c = file("c", 400);
        Path d = file("d", 100);

        assertThat(LoadShares.split(List.of(d, c, b, a), 2)).containsExactly(List.of(a, d), List.of(b, c));
    }

    @Test
    void neverMoreSharesThanFilesOrConnections() throws Exception {
        List<Path> two = List.of(file("a", 10), file("b", 10));
        assertThat(LoadShares.split(two, 8)).hasSize(2);
        assertThat(LoadShares.split(two, 1)).containsExactly(two);
        assertThat(LoadShares.split(List.of(two.get(0)), 4)).containsExactly(List.of(two.get(0)));
    }

    private Path file(String name, int bytes) throws Exception {
        return Files.write(dir.resolve(name), new byte[bytes]);
    }
}
