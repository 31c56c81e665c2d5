package io.netspec.netns;

import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The kernel gives the thread that asks the short slice, as its own account of the thread shows it
 * ({@code se.slice} in {@code /proc/thread-self/sched}, on kernels whose scheduler has slices), and the
 * thread that made it keeps its own.
 */
class ShortSliceTest {
    @Test
    void theThreadThatAsksGetsTheSliceAndNoOtherDoes() throws Exception {
        assumeTrue(Platform.isLinux(), "time slices are Linux's");
        OptionalLong mine = slice();
        assumeTrue(mine.isPresent(), "this kernel's scheduler shows no slices (se.slice; Linux 6.12 and later)");
        CompletableFuture<Object[]> asked = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                OptionalLong before = slice();
                Optional<String> refused = ShortSlice.request();
                asked.complete(new Object[] {before, refused, slice()});
            } catch (IOException | RuntimeException e) {
                asked.completeExceptionally(e);
            }
        }, "netspec-test-short-slice");
        t.start();
        Object[] got = asked.get(10, TimeUnit.SECONDS);
        t.join(10_000);
        assertThat((Optional<?>) got[1]).as("why the request was refused").isEmpty();
        assertThat((OptionalLong) got[0]).as("the slice before the request").hasValue(mine.getAsLong());
        assertThat((OptionalLong) got[2]).as("the slice after the request").hasValue(ShortSlice.SLICE.toNanos());
        assertThat(slice()).as("this thread's slice, unchanged").hasValue(mine.getAsLong());
        assertThat(mine.getAsLong()).isNotEqualTo(ShortSlice.SLICE.toNanos());
    }

    /** The calling thread's slice in nanoseconds, as the kernel's scheduler shows it; empty where it shows none. */
    private static OptionalLong slice() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/thread-self/sched"))) {
            if (line.startsWith("se.slice")) {
                return OptionalLong.of(Long.parseLong(line.substring(line.indexOf(':') + 1).trim()));
            }
        }
        return OptionalLong.empty();
    }
}
