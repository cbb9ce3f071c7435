package dev.dvt.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a list on a small thread pool, keeping order and rethrowing the first failure as is. */
final class Parallel {

    private Parallel() {
    }

    static <T, R> List<R> map(List<T> items, int threads, Function<T, R> fn) {
        int n = Math.min(threads, items.size());
        if (n <= 1) {
            List<R> out = new ArrayList<>(items.size());
            items.forEach(i -> out.add(fn.apply(i)));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "dvt-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            int chunk = Math.max(1, (items.size() + n * 4 - 1) / (n * 4));
            List<Future<List<R>>> futures = new ArrayList<>();
            for (int from = 0; from < items.size(); from += chunk) {
                List<T> slice = items.subList(from, Math.min(items.size(), from + chunk));
                futures.add(pool.submit(() -> {
                    List<R> out = new ArrayList<>(slice.size());
                    slice.forEach(i -> out.add(fn.apply(i)));
                    return out;
                }));
            }
            List<R> out = new ArrayList<>(items.size());
            for (Future<List<R>> f : futures) {
                out.addAll(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Parsing was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
