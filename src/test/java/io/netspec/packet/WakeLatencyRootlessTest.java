package io.netspec.packet;

import io.netspec.launch.UserNamespaces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /dev/cpu_dma_latency is root's: a root JVM holds the wake-latency request; a rootless one (in a user
 * namespace of its own, where root is not mapped) asks nothing, says that the file is root's and that it
 * runs rootless, and goes on. Runs in both: the unit tests as root, the rootless run (tag "rootless") as a user.
 */
@Tag("rootless")
class WakeLatencyRootlessTest {
    @Test
    void theRequestIsRootsAloneAndARootlessRunSaysSo() {
        try (WakeLatency w = WakeLatency.request(true)) {
            if (Files.isWritable(WakeLatency.DEVICE)) {
                assertThat(w.held()).isTrue();
                assertThat(w.describe()).startsWith("idle processors kept awake");
            } else {
                assertThat(w.held()).isFalse();
                assertThat(w.describe()).startsWith("not asked: /dev/cpu_dma_latency is root's (")
                        .endsWith("delays are as measured without the request (docs/performance.md)");
                assertThat(w.describe().contains("it runs rootless")).isEqualTo(!UserNamespaces.initial());
                assertThat(w.describe().contains("its owner not mapped into this user namespace")).isEqualTo(!UserNamespaces.initial());
            }
        }
    }
}
