package io.netspec.packet;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Groups the TCP packets of a capture by connection, in the order each connection first appears. */
public final class TcpConnections {
    private TcpConnections() {
    }

    public static List<TcpConnection> of(List<Captured> captured) {
        Map<String, List<Captured>> byPair = new LinkedHashMap<>();
        Map<String, InetSocketAddress[]> ends = new LinkedHashMap<>();
        for (Captured c : captured) {
            Packet p = c.packet();
            if (!p.isTcp()) {
                continue;
            }
            String a = TcpConnection.endpoint(p.sourceEndpoint());
            String b = TcpConnection.endpoint(p.destinationEndpoint());
            String key = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
            byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            InetSocketAddress[] clientServer = ends.get(key);
            if (clientServer == null || (p.isSyn() && !clientServer[0].equals(p.sourceEndpoint()) && !sawSyn(byPair.get(key), clientServer[0]))) {
                ends.put(key, new InetSocketAddress[] {p.sourceEndpoint(), p.destinationEndpoint()});
            }
        }
        List<TcpConnection> connections = new ArrayList<>();
        byPair.forEach((key, packets) -> connections.add(new TcpConnection(ends.get(key)[0], ends.get(key)[1], packets)));
        return connections;
    }

    /** The connection whose client is {@code client}; port 0 matches the first connection from that address. */
    public static Optional<TcpConnection> ofClient(List<Captured> captured, InetSocketAddress client) {
        return of(captured).stream().filter(c -> c.client().getAddress().equals(client.getAddress())
                && (client.getPort() == 0 || c.client().getPort() == client.getPort())).findFirst();
    }

    private static boolean sawSyn(List<Captured> packets, InetSocketAddress from) {
        return packets.stream().anyMatch(c -> c.packet().isSyn() && from.equals(c.packet().sourceEndpoint()));
    }
}
