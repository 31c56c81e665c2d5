package io.netspec.address;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortClassTest {

    @Test
    void ianaRangesAndTheirEdges() {
        assertThat(PortClass.of(0)).isEqualTo(PortClass.WELL_KNOWN);
        assertThat(PortClass.of(1023)).isEqualTo(PortClass.WELL_KNOWN);
        assertThat(PortClass.of(1024)).isEqualTo(PortClass.REGISTERED);
        assertThat(PortClass.of(49151)).isEqualTo(PortClass.REGISTERED);
        assertThat(PortClass.of(49152)).isEqualTo(PortClass.DYNAMIC);
        assertThat(PortClass.of(65535)).isEqualTo(PortClass.DYNAMIC);
        assertThatThrownBy(() -> PortClass.of(65536)).hasMessage("port 65536 is not a valid port: ports are 0 to 65535 (16 bits)");
        assertThatThrownBy(() -> PortClass.of(-1)).hasMessageContaining("port -1 is not a valid port");
        assertThat(PortClass.named("well-known")).isEqualTo(PortClass.WELL_KNOWN);
        assertThatThrownBy(() -> PortClass.named("ephemeral")).hasMessageContaining("well-known, registered or dynamic");
    }

    @Test
    void mismatchSaysWhyAPortIsNotOfTheKindExpected() {
        assertThat(PortClass.mismatch(80, "well-known", true)).isNull();
        assertThat(PortClass.mismatch(80, "registered", false)).isNull();
        assertThat(PortClass.mismatch(65535, "valid", true)).isNull();
        assertThat(PortClass.mismatch(8080, "well-known", true))
                .isEqualTo("expected port 8080 to be a well-known port, but it is a registered (1024-49151) port"
                        + " (IANA: well-known (0-1023))");
        assertThat(PortClass.mismatch(65536, "dynamic", true)).endsWith("it is not a valid port at all (ports are 0 to 65535)");
        assertThat(PortClass.mismatch(65536, "valid", false)).isNull();
        assertThatThrownBy(() -> PortClass.mismatch(80, "ephemeral", true))
                .hasMessage("\"ephemeral\" is not a kind of port; expected valid, well-known, registered or dynamic");
        assertThat(PortClass.mismatch(443, "valid", false)).isEqualTo("expected port 443 not to be a valid port, but ports are 0 to 65535");
    }

    @Test
    void rangeMismatchesCountEveryPortAndShowTheFirstFive() {
        assertThat(PortClass.mismatches(0, 1023, "well-known")).isNull();
        assertThat(PortClass.mismatches(1020, 1030, "well-known"))
                .startsWith("expected ports 1020 to 1030 to be well-known ports, but 7 are not; the first:\n  expected port 1024")
                .contains("port 1028").doesNotContain("port 1029");
        assertThatThrownBy(() -> PortClass.mismatches(10, 1, "valid")).hasMessageContaining("ports 10 to 1 is an empty range");
    }

    @Test
    void readsTheLinuxEphemeralRangeFormat(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ip_local_port_range"), "32768\t60999\n");
        EphemeralPortRange range = EphemeralPortRange.read(file);
        assertThat(range.first()).isEqualTo(32768);
        assertThat(range.last()).isEqualTo(60999);
        assertThat(range.contains(32768)).isTrue();
        assertThat(range.contains(61000)).isFalse();
    }

    @Test
    void fallsBackToTheIanaDynamicRangeWhereTheFileIsAbsent(@TempDir Path dir) {
        EphemeralPortRange range = EphemeralPortRange.read(dir.resolve("absent"));
        assertThat(range.first()).isEqualTo(49152);
        assertThat(range.last()).isEqualTo(65535);
        assertThat(range.source()).contains("is absent; assumed the IANA dynamic range");
    }

    @Test
    void refusesAMalformedFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ip_local_port_range"), "lots\n");
        assertThatThrownBy(() -> EphemeralPortRange.read(file)).hasMessageContaining("holds \"lots\"");
        Path oneNumber = Files.writeString(dir.resolve("one"), "32768\n");
        assertThatThrownBy(() -> EphemeralPortRange.read(oneNumber)).hasMessageContaining("should hold two port numbers")
                .hasMessageContaining("holds \"32768\"");
        Path reversed = Files.writeString(dir.resolve("reversed"), "60999 32768\n");
        assertThatThrownBy(() -> EphemeralPortRange.read(reversed)).hasMessageContaining("not a range of valid ports");
    }

    @Test
    void readsThisMachinesRangeFromProc() {
        EphemeralPortRange range = EphemeralPortRange.ofThisMachine();
        assertThat(range.first()).isBetween(1, 65535);
        assertThat(range.last()).isBetween(range.first(), 65535);
        if (Files.isReadable(EphemeralPortRange.LINUX_FILE)) {
            assertThat(range.source()).isEqualTo(EphemeralPortRange.LINUX_FILE.toString());
        }
    }
}
