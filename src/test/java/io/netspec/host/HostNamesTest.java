package io.netspec.host;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Host names written many at once: ranges, lists and both, with every mistake named. */
class HostNamesTest {

    @Test
    void aRangeGivesEveryNumberFromTheFirstToTheLast() {
        assertThat(HostNames.parse("node1..node4")).containsExactly("node1", "node2", "node3", "node4");
        assertThat(HostNames.parse("node8..node11")).containsExactly("node8", "node9", "node10", "node11");
        assertThat(HostNames.parse("n098..n101")).containsExactly("n098", "n099", "n100", "n101");
        assertThat(HostNames.parse("node1..node200")).hasSize(200).endsWith("node200");
        assertThat(HostNames.parse("r2d2..r2d3")).containsExactly("r2d2", "r2d3");
    }

    @Test
    void namesAndRangesMix() {
        assertThat(HostNames.parse("web, app")).containsExactly("web", "app");
        assertThat(HostNames.parse(" web ,node1..node2,db ")).containsExactly("web", "node1", "node2", "db");
        assertThat(HostNames.parse("db")).containsExactly("db");
    }

    @Test
    void theGivenCountMustMatchTheRange() {
        assertThat(HostNames.range(3, "node1", "node3")).containsExactly("node1", "node2", "node3");
        assertThatThrownBy(() -> HostNames.range(200, "node1", "node150")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("200 hosts \"node1\" to \"node150\" do not match: that range names 150 hosts");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> HostNames.parse("node5..node1")).hasMessageContaining("counts down")
                .hasMessageContaining("\"node1..node5\"");
        assertThatThrownBy(() -> HostNames.parse("node1..web3")).hasMessageContaining("is not a range of host names");
        assertThatThrownBy(() -> HostNames.parse("node..node3")).hasMessageContaining("is not a range of host names");
        assertThatThrownBy(() -> HostNames.parse("n01..n100")).hasMessageContaining("2 digits first and 3 last");
        assertThatThrownBy(() -> HostNames.parse("web, , app")).hasMessageContaining("has an empty host name");
        assertThatThrownBy(() -> HostNames.parse("node1..node3, node2")).hasMessage("\"node1..node3, node2\" names the host \"node2\" twice");
        assertThatThrownBy(() -> HostNames.parse("h1..h70000")).hasMessageContaining("names 70000 hosts; at most 65534");
        assertThatThrownBy(() -> HostNames.parse("h1..h12345678901")).hasMessageContaining("more than 9 digits");
    }

    @Test
    void aListIsDescribedAsARangeWhereItIsOne() {
        assertThat(HostNames.describe(HostNames.parse("node1..node200"))).isEqualTo("node1..node200");
        assertThat(HostNames.describe(HostNames.parse("n098..n101"))).isEqualTo("n098..n101");
        assertThat(HostNames.describe(List.of("web", "app"))).isEqualTo("web, app");
        assertThat(HostNames.describe(List.of("a", "b", "c", "d", "e", "f", "g"))).isEqualTo("a, b, c, d, e and 2 more");
        assertThat(HostNames.describe(List.of("node1", "node3", "node4"))).isEqualTo("node1, node3, node4");
    }
}
