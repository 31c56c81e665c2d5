package io.netspec.report;

import io.netspec.core.Futures;
import io.netspec.core.Threads;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Chromium runs side by side: the report's browser check and the tests that render pages use the same. */
final class SideBySide {
    private SideBySide() {
    }

    /** Work on one page that may throw, as a Chromium run does. */
    @FunctionalInterface
    interface Work<T, R> {
        R on(T page) throws Exception;
    }

    /**
     * Does {@code work} on every page, up to {@value BrowserCheck#AT_ONCE} at a time (each page's
     * Chromium waits on its own page most of the time, so pages side by side finish sooner than one
     * after another); the results come in the order given. What a page's work threw is thrown here as
     * itself.
     */
    static <T, R> List<R> run(List<T> pages, Work<T, R> work) throws IOException, InterruptedException {
        Threads.Factory threads = Threads.factory("browser-check", "pages");
        ExecutorService pool = Executors.newFixedThreadPool(BrowserCheck.AT_ONCE, threads);
        try {
            List<Future<R>> runs = new ArrayList<>();
            for (T page : pages) {
                runs.add(pool.submit(() -> work.on(page)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> run : runs) {
                results.add(result(run));
            }
            return results;
        } finally {
            Threads.shutDown(pool, threads, Threads.JOIN_BOUND, "the browser check");
        }
    }

    private static <R> R result(Future<R> run) throws IOException, InterruptedException {
        try {
            return run.get();
        } catch (ExecutionException e) {
            Throwable cause = Futures.causeOf(e);
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("the browser check of a page broke: " + cause, cause);
        }
    }
}
