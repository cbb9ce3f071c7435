package dev.dvt.core.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Splits the files of one load into shares of about equal bytes, one per loading connection. */
final class LoadShares {
    private LoadShares() {
    }

    /**
     * At most {@code connections} non-empty shares; each file goes, largest first, to the share
     * with the fewest bytes so far. One file, or one connection, gives one share.
     */
    static List<List<Path>> split(List<Path> files, int connections) {
        int count = Math.min(connections, files.size());
        if (count <= 1) {
            return List.of(files);
        }
        List<List<Path>> shares = new ArrayList<>();
        long[] bytes = new long[count];
        for (int i = 0; i < count; i++) {
            shares.add(new ArrayList<>());
        }
        List<Path> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong(LoadShares::size).reversed());
        for (Path file : bySize) {
            int lightest = 0;
            for (int i = 1; i < count; i++) {
                if (bytes[i] < bytes[lightest]) {
                    lightest = i;
                }
            }
            shares.get(lightest).add(file);
            bytes[lightest] += size(file);
        }
        return shares.stream().map(List::copyOf).toList();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }
}
