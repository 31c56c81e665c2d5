package io.netspec.fault;

import io.netspec.leak.Held;
import io.netspec.leak.Leftovers;
import io.netspec.leak.ResourceKind;
import io.netspec.leak.ResourceSnapshot;
import io.netspec.testkit.fault.ToxiproxyOrSkip;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Toxiproxy server started here keeps exactly what {@link ToxiproxyServer#held()} names, among it
 * one pipe (the lifeline to its watchdog), and gives its pipe and process back when closed.
 */
class ToxiproxyServerHeldTest {
    @Test
    void aRunningServerHoldsOnePipeAndNothingItDoesNotName() throws Exception {
        Path binary = ToxiproxyOrSkip.binary("only a server netspec starts itself has a watchdog and a pipe");
        ResourceSnapshot before = ResourceSnapshot.take();
        try (ToxiproxyServer server = ToxiproxyServer.start(binary)) {
            assertThat(server.proxyNames()).isNotNull();
            List<Held> held = new ArrayList<>(server.held());
            held.add(Held.jvmCgroupReads());
            Leftovers running = Leftovers.between(before, ResourceSnapshot.take(), held);
            assertThat(running.leftBehind()).as("new since before the start, and not named as held; held: %s",
                    running.describeHeld()).isEmpty();
            List<Leftovers.Item> pipes = running.held().values().stream().flatMap(List::stream)
                    .filter(i -> i.kind() == ResourceKind.PIPE).toList();
            assertThat(pipes).as("pipes the server holds").hasSize(1);
            assertThat(pipes.get(0).description()).contains("other end in process");
        }
        await("the server's pipe and process gone").atMost(Duration.ofSeconds(5)).pollInSameThread()
                .until(() -> {
                    Leftovers closed = Leftovers.between(before, ResourceSnapshot.take(), List.of());
                    return closed.leftBehind(ResourceKind.PIPE).isEmpty() && closed.leftBehind(ResourceKind.PROCESS).isEmpty();
                });
    }
}
