package io.netspec.packet;

/** What a decoded frame carries, as far as netspec reads it. */
public enum Protocol {
    TCP("TCP"), UDP("UDP"), ICMP("ICMP"), ICMPV6("ICMPv6"), IGMP("IGMP"), ARP("ARP"), OTHER_IP("IP"), OTHER("other");

    private final String label;

    Protocol(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hasPorts() {
        return this == TCP || this == UDP;
    }
}
