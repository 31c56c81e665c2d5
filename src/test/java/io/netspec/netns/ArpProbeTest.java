package io.netspec.netns;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an ARP probe says, and which ARP packets tell it the address is taken (RFC 5227, 2.1.1). */
class ArpProbeTest {
    private static final byte[] MINE = {2, 0, 0, 1, 0, 3};
    private static final byte[] OTHER = {2, 0, 0, 1, 0, 1};
    private static final byte[] TAKEN = {(byte) 192, (byte) 168, 1, 10};
    private static final byte[] ELSEWHERE = {(byte) 192, (byte) 168, 1, 20};
    private static final byte[] NONE = {0, 0, 0, 0};

    private static byte[] arp(int operation, byte[] mac, byte[] sender, byte[] target) {
        byte[] arp = ArpProbe.request(mac, target).getByteArray(0, 28);
        arp[7] = (byte) operation;
        System.arraycopy(sender, 0, arp, 14, 4);
        return arp;
    }

    @Test
    void aProbeAsksFromTheUnspecifiedAddress() {
        byte[] probe = ArpProbe.request(MINE, TAKEN).getByteArray(0, 28);
        assertThat(probe).startsWith(0, 1, 8, 0, 6, 4, 0, 1);
        assertThat(java.util.Arrays.copyOfRange(probe, 8, 14)).isEqualTo(MINE);
        assertThat(java.util.Arrays.copyOfRange(probe, 14, 18)).isEqualTo(NONE);
        assertThat(java.util.Arrays.copyOfRange(probe, 24, 28)).isEqualTo(TAKEN);
    }

    @Test
    void anotherHostSpeakingForTheAddressIsAConflict() {
        assertThat(ArpProbe.conflicts(arp(2, OTHER, TAKEN, NONE), MINE, TAKEN)).as("a reply from its owner").isTrue();
        assertThat(ArpProbe.conflicts(arp(1, OTHER, TAKEN, ELSEWHERE), MINE, TAKEN)).as("its owner asking").isTrue();
        assertThat(ArpProbe.conflicts(arp(1, OTHER, NONE, TAKEN), MINE, TAKEN)).as("another host's probe").isTrue();
    }

    @Test
    void itsOwnPacketsAndOtherAddressesAreNot() {
        assertThat(ArpProbe.conflicts(arp(1, MINE, NONE, TAKEN), MINE, TAKEN)).as("its own probe, looped back").isFalse();
        assertThat(ArpProbe.conflicts(arp(2, MINE, TAKEN, NONE), MINE, TAKEN)).as("its own kernel's answer").isFalse();
        assertThat(ArpProbe.conflicts(arp(2, OTHER, ELSEWHERE, NONE), MINE, TAKEN)).as("about another address").isFalse();
        assertThat(ArpProbe.conflicts(arp(1, OTHER, ELSEWHERE, TAKEN), MINE, TAKEN)).as("someone asking for it").isFalse();
        byte[] notEthernet = arp(2, OTHER, TAKEN, NONE);
        notEthernet[1] = 6;
        assertThat(ArpProbe.conflicts(notEthernet, MINE, TAKEN)).isFalse();
        assertThat(ArpProbe.mac(OTHER)).isEqualTo("02:00:00:01:00:01");
    }
}
