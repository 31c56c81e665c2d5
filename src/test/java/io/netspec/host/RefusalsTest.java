package io.netspec.host;

import io.netspec.core.ExpectationFailure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefusalsTest {
    private final Network office = new Topology().network("office", "192.168.1.0/24");

    @Test
    void anAddressOffTheNetworkOrItsBroadcastIsRefusedWithTheRule() {
        assertThat(Refusals.hostAt("10.0.0.1", office)).contains("10.0.0.1");
        assertThat(Refusals.hostAt("192.168.1.255", office)).contains("192.168.1.255");
        assertThat(Refusals.hostAt("not an address", office)).isNotBlank();
    }

    @Test
    void anAddressAHostMayHaveIsNoRefusal() {
        assertThatThrownBy(() -> Refusals.hostAt("192.168.1.10", office)).isInstanceOf(ExpectationFailure.class)
                .hasMessage("expected a host at 192.168.1.10 on \"office\" to be refused, but it may be a host there:"
                        + " \"office\" is " + office.range().describe());
    }
}
