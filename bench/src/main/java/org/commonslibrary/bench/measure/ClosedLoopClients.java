package org.commonslibrary.bench.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Concurrent clients of a closed-loop load: each is a thread that sends its next call as soon as the previous
 * answer is read, until its loop says it is done. Each client draws from its own random numbers, seeded from
 * the run's seed and its number, so a run with the same seed asks the same calls.
 */
public final class ClosedLoopClients {

    private ClosedLoopClients() {
    }

    /** Runs {@code clients} copies of {@code loop} at once and returns when all have ended. */
    public static void run(int clients, long seed, Consumer<Random> loop) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(seed * 31 + c);
                running.add(pool.submit(() -> loop.accept(random)));
            }
            for (Future<?> client : running) {
                try {
                    client.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a client failed", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
