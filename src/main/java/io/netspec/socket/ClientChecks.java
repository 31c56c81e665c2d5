package io.netspec.socket;

import io.netspec.address.EphemeralPortRange;
import io.netspec.core.Evidence;
import io.netspec.text.Durations;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * What TCP clients show: where a connection ends at the server, the port it uses, its reads, a connection
 * refused, and a crowd of clients each echoed its own bytes.
 */
public final class ClientChecks {
    private ClientChecks() {
    }

    /**
     * The server end of a client's connection as the OS table shows it: where the OS connected the client
     * when it connected to this target (a server bound to 0.0.0.0 or :: shows a real address there), else
     * the target's own address.
     */
    public static InetSocketAddress serverEnd(StreamClient client, InetSocketAddress target) {
        if (client.target().address().equals(target) && client.remoteAddress() instanceof InetSocketAddress connected) {
            return connected;
        }
        return target;
    }

    /** Fails unless {@code client}, at {@code local}, uses a port in this machine's ephemeral range; attaches both. */
    public static void ephemeral(String clientName, StreamClient client, InetSocketAddress local, Evidence evidence) {
        EphemeralPortRange range = EphemeralPortRange.ofThisMachine();
        evidence.attach("ephemeral ports of \"" + clientName + "\"", "ephemeral range " + range + "\n\""
                + clientName + "\" connected from " + Hosts.show(local)
                + (client.boundExplicitly() ? " (it bound itself)" : " (the OS chose)"));
        if (!range.contains(local.getPort())) {
            throw SocketExpectationError.expected("\"" + clientName + "\" to use a local port in the ephemeral range "
                    + range, "it uses " + local.getPort());
        }
    }

    /** Fails unless {@code client} needed more than {@code reads} reads for what it received; attaches its reads. */
    public static void moreReadsThan(String name, StreamClient client, int reads, Evidence evidence) {
        List<Integer> sizes = client.readSizes();
        evidence.attach("reads of \"" + name + "\"", sizes.size() + " reads, " + client.bytesReceived() + " bytes; largest "
                + sizes.stream().mapToInt(Integer::intValue).max().orElse(0) + " bytes");
        if (sizes.size() <= reads) {
            throw new SocketExpectationError("expected \"" + name + "\" to need more than " + reads + " reads in all, but"
                    + " it needed " + sizes.size() + " for " + client.bytesReceived() + " bytes");
        }
    }

    /** Fails unless a TCP connection to {@code target} is refused (within {@code wait}); attaches the OS's error. */
    public static void refused(Target target, Duration wait, Evidence evidence) {
        try (TcpClient client = TcpClient.connect("probe", target, wait)) {
            throw SocketExpectationError.expected("a TCP connection to " + target.describe()
                    + " to be refused", "it was accepted from " + Hosts.show(client.localAddress()));
        } catch (ConnectFailure e) {
            evidence.attach("OS error connecting to " + target.describe(), e.getMessage());
            if (!e.refused()) {
                throw new SocketExpectationError("expected a TCP connection to " + target.describe()
                        + " to be refused, but it failed otherwise: " + e.getMessage(), e);
            }
        }
    }

    /** Fails unless each of the {@code count} clients of {@code crowd} got exactly its own bytes back within {@code within}. */
    public static void crowdEchoes(TcpCrowd crowd, int count, Duration within, Evidence evidence) {
        TcpCrowd.Result result = crowd.awaitEchoes(within);
        evidence.attach("crowd of " + crowd.size() + " clients", result.toString());
        if (crowd.size() != count || !result.allCorrect()) {
            throw SocketExpectationError.expected("every one of the " + count + " clients of " + crowd.target().describe()
                    + " to receive exactly its own bytes back within " + Durations.format(within), String.valueOf(result));
        }
    }
}
