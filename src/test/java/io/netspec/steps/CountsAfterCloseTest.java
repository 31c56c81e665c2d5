package io.netspec.steps;

import io.netspec.host.Capability;
import io.netspec.testkit.steps.ThrowawayFeatures.End;
import io.netspec.testkit.steps.ThrowawayFeatures.Outcome;
import io.netspec.testkit.steps.ThrowawayFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A connection's kernel counters outlive its close by a step: "retransmitted at least N segments" after
 * "closes the connection" reads the count the connection ended with (the kernel forgets it with the
 * connection, so the close reads it first), and a count that is too low still fails, naming it.
 */
class CountsAfterCloseTest {
    private static final String LOSSY = """
            Given a network "office" on "192.168.1.0/24"
            And a host "web" at "192.168.1.10" on "office"
            And a host "db" at "192.168.1.20" on "office"
            And a TCP sink server "sink" on host "db"
            And a TCP client "sender" on host "web" connected to "sink"
            And the network "office" drops data segment 2 from "sender"
            When "sender" sends 64 KiB of random data and "sink" receives it all within 10 s
            And "sender" closes the connection
            """;

    @Test
    void theCountOfAClosedConnectionIsTheOneItEndedWith(@TempDir Path dir) throws Exception {
        Optional<String> missing = Capability.missing();
        assumeTrue(missing.isEmpty(), () -> "hosts cannot run here: " + missing.orElse(""));
        Map<String, String> scenarios = new LinkedHashMap<>();
        scenarios.put("counted after the close", LOSSY + "Then \"sender\" retransmitted at least 1 segment\n");
        scenarios.put("too few after the close", LOSSY + "Then \"sender\" retransmitted at least 1000 segments\n");
        Map<String, Outcome> outcomes = ThrowawayFeatures.run(dir, "@hosts\nFeature: counts after a close\n", scenarios, 2);

        Outcome counted = ThrowawayFeatures.outcome(outcomes, "counted after the close");
        assertThat(counted.end()).as(counted.message()).isEqualTo(End.PASSED);
        Outcome tooFew = ThrowawayFeatures.failed(outcomes, "too few after the close");
        assertThat(tooFew.thrown()).containsInstanceOf(AssertionError.class);
        assertThat(tooFew.message()).contains("expected \"sender\" to have retransmitted at least 1000 segment(s), but the"
                + " kernel of host \"web\" counts ");
    }
}
