package io.netspec.netns;

import io.netspec.address.IpAddress;
import io.netspec.core.NetspecFailure;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Changes to the interfaces, addresses and routes of one namespace, said as iproute2 would say them and
 * sent to the kernel through rtnetlink in one batch, each acknowledged: no {@code ip} process per host.
 * {@link #apply} runs on a thread inside the namespace (see {@link Namespace#call}); the first change
 * the kernel refuses fails it with the OS's words and the change, as {@code ip} would have.
 */
public final class LinkChanges {
    /** How long {@link #apply} waits for the kernel's answers. */
    static final int ANSWER_MILLIS = 5_000;
    /** Changes sent per batch: their answers fit the socket's receive buffer many times over. */
    private static final int PER_SEND = 64;

    private record Change(String words, Encoder encoder, boolean mayBeAbsent) {
    }

    @FunctionalInterface
    private interface Encoder {
        NetlinkMessage encode(ToIntFunction<String> index);
    }

    private final List<Change> changes = new ArrayList<>();

    /** {@code ip link set <ifName> up}. */
    public LinkChanges up(String ifName) {
        return add("link set " + ifName + " up", false, index -> new NetlinkMessage(NetlinkMessage.RTM_NEWLINK, 0,
                NetlinkMessage.ifinfomsg(index.applyAsInt(ifName), NetlinkMessage.IFF_UP, NetlinkMessage.IFF_UP)));
    }

    /** {@code ip link set <ifName> address <mac> mtu <mtu> txqueuelen <queue> up}; {@code mac} is 6 bytes. */
    public LinkChanges ethernet(String ifName, byte[] mac, int mtu, int queue) {
        if (mac.length != 6) {
            throw new IllegalArgumentException("a MAC address has 6 bytes, not " + mac.length);
        }
        byte[] address = mac.clone();
        return add("link set " + ifName + " address " + mac(address) + " mtu " + mtu + " txqueuelen " + queue + " up",
                false, index -> new NetlinkMessage(NetlinkMessage.RTM_NEWLINK, 0,
                        NetlinkMessage.ifinfomsg(index.applyAsInt(ifName), NetlinkMessage.IFF_UP, NetlinkMessage.IFF_UP))
                        .attribute(NetlinkMessage.IFLA_ADDRESS, address).attribute(NetlinkMessage.IFLA_MTU, mtu)
                        .attribute(NetlinkMessage.IFLA_TXQLEN, queue));
    }

    /** {@code ip addr add <address>/<prefix> dev <ifName>} ({@code nodad} for IPv6: usable at once). */
    public LinkChanges address(String ifName, InetAddress address, int prefixLength) {
        return address(ifName, address, prefixLength, address instanceof Inet6Address);
    }

    /**
     * {@code ip addr add <address>/<prefix> dev <ifName>}, with {@code nodad} as asked (IPv6 only: without
     * it, the kernel's duplicate address detection runs before the address is usable).
     */
    public LinkChanges address(String ifName, InetAddress address, int prefixLength, boolean nodad) {
        boolean v6 = address instanceof Inet6Address;
        boolean skip = v6 && nodad;
        byte[] raw = address.getAddress();
        return add("addr add " + show(address) + "/" + prefixLength + " dev " + ifName + (skip ? " nodad" : ""),
                false, index -> new NetlinkMessage(NetlinkMessage.RTM_NEWADDR, NetlinkMessage.NLM_F_CREATE | NetlinkMessage.NLM_F_EXCL,
                        NetlinkMessage.ifaddrmsg(v6 ? Libc.AF_INET6 : Libc.AF_INET, prefixLength,
                                skip ? NetlinkMessage.IFA_F_NODAD : 0, NetlinkMessage.RT_SCOPE_UNIVERSE, index.applyAsInt(ifName)))
                        .attribute(NetlinkMessage.IFA_LOCAL, raw).attribute(NetlinkMessage.IFA_ADDRESS, raw));
    }

    /** {@code ip route replace <destination>/<prefix> via <via>} (prefix 0: the default route). */
    public LinkChanges route(InetAddress destination, int prefixLength, InetAddress via) {
        boolean v6 = destination instanceof Inet6Address;
        return add("route replace " + prefix(destination, prefixLength) + " via " + show(via), false, index -> {
            NetlinkMessage m = new NetlinkMessage(NetlinkMessage.RTM_NEWROUTE, NetlinkMessage.NLM_F_CREATE | NetlinkMessage.NLM_F_REPLACE,
                    NetlinkMessage.rtmsg(v6 ? Libc.AF_INET6 : Libc.AF_INET, prefixLength, NetlinkMessage.RT_TABLE_MAIN,
                            NetlinkMessage.RTPROT_BOOT, NetlinkMessage.RT_SCOPE_UNIVERSE, NetlinkMessage.RTN_UNICAST));
            if (prefixLength > 0) {
                m.attribute(NetlinkMessage.RTA_DST, destination.getAddress());
            }
            return m.attribute(NetlinkMessage.RTA_GATEWAY, via.getAddress());
        });
    }

    /** {@code ip route add <destination>/<prefix> dev <ifName>}: the network is on that interface, no gateway. */
    public LinkChanges route(InetAddress destination, int prefixLength, String ifName) {
        boolean v6 = destination instanceof Inet6Address;
        return add("route add " + prefix(destination, prefixLength) + " dev " + ifName, false, index ->
                new NetlinkMessage(NetlinkMessage.RTM_NEWROUTE, NetlinkMessage.NLM_F_CREATE | NetlinkMessage.NLM_F_EXCL,
                        NetlinkMessage.rtmsg(v6 ? Libc.AF_INET6 : Libc.AF_INET, prefixLength, NetlinkMessage.RT_TABLE_MAIN,
                                NetlinkMessage.RTPROT_BOOT, NetlinkMessage.RT_SCOPE_LINK, NetlinkMessage.RTN_UNICAST))
                        .attribute(NetlinkMessage.RTA_DST, destination.getAddress())
                        .attribute(NetlinkMessage.RTA_OIF, index.applyAsInt(ifName)));
    }

    /** {@code ip route del <destination>/<prefix>}, where there is no such route already is fine too. */
    public LinkChanges noRoute(InetAddress destination, int prefixLength) {
        boolean v6 = destination instanceof Inet6Address;
        return add("route del " + prefix(destination, prefixLength), true, index -> {
            NetlinkMessage m = new NetlinkMessage(NetlinkMessage.RTM_DELROUTE, 0, NetlinkMessage.rtmsg(v6 ? Libc.AF_INET6
                    : Libc.AF_INET, prefixLength, NetlinkMessage.RT_TABLE_MAIN, 0, NetlinkMessage.RT_SCOPE_NOWHERE, 0));
            return prefixLength > 0 ? m.attribute(NetlinkMessage.RTA_DST, destination.getAddress()) : m;
        });
    }

    private LinkChanges add(String words, boolean mayBeAbsent, Encoder encoder) {
        changes.add(new Change(words, encoder, mayBeAbsent));
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes as iproute2 commands, one a line, for messages and tests. */
    public List<String> words() {
        return changes.stream().map(Change::words).toList();
    }

    /** The requests, numbered from 1 in order, with each interface name resolved by {@code index}. */
    List<byte[]> encode(ToIntFunction<String> index) {
        List<byte[]> encoded = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            encoded.add(changes.get(i).encoder().encode(index).encode(i + 1));
        }
        return encoded;
    }

    /** Applies every change to the namespace of the calling thread, in order; stops at the first refused. */
    public void apply() throws IOException {
        if (changes.isEmpty()) {
            return;
        }
        List<byte[]> requests = encode(LinkChanges::indexHere);
        try (Rtnetlink socket = Rtnetlink.open(ANSWER_MILLIS)) {
            for (int from = 0; from < requests.size(); from += PER_SEND) {
                int to = Math.min(requests.size(), from + PER_SEND);
                int[] errnos = socket.send(requests.subList(from, to), from + 1);
                for (int i = 0; i < errnos.length; i++) {
                    Change change = changes.get(from + i);
                    if (errnos[i] != 0 && !(change.mayBeAbsent() && errnos[i] == Libc.ESRCH)) {
                        throw new IOException("the kernel refused \"ip " + change.words() + "\": " + Libc.describe(errnos[i]));
                    }
                }
            }
        }
    }

    private static int indexHere(String ifName) {
        int index = Libc.if_nametoindex(ifName);
        if (index == 0) {
            throw NetspecFailure.of("there is no interface " + ifName + " here: " + Libc.describe(Libc.errno()));
        }
        return index;
    }

    private static String mac(byte[] mac) {
        StringBuilder text = new StringBuilder();
        for (byte b : mac) {
            text.append(text.length() == 0 ? "" : ":").append(String.format("%02x", b & 0xFF));
        }
        return text.toString();
    }

    private static String prefix(InetAddress destination, int prefixLength) {
        return prefixLength == 0 ? "default" : show(destination) + "/" + prefixLength;
    }

    /** An address as people write it ("fd00::2", not the JDK's "fd00:0:0:0:0:0:0:2"). */
    private static String show(InetAddress address) {
        return IpAddress.parse(address.getHostAddress()).toString();
    }
}
