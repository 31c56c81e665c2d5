package io.netspec.socket;

import io.netspec.core.Evidence;
import io.netspec.core.ScenarioError;
import io.netspec.text.Size;

import java.util.function.Supplier;

/** What UDP clients and servers show: a datagram the OS refused, and a ledger of whole datagrams, none twice. */
public final class DatagramChecks {
    private DatagramChecks() {
    }

    /** Fails, before anything is sent, when {@code smallest} to {@code largest} bytes is no range of datagram sizes. */
    public static void sizeRange(int smallest, int largest) {
        if (smallest < NumberedDatagram.HEADER || largest < smallest || largest > NumberedDatagram.MAX_SIZE) {
            throw ScenarioError.of("datagram sizes " + smallest + " to " + largest + " bytes are not a range"
                    + " within " + NumberedDatagram.HEADER + " to " + NumberedDatagram.MAX_SIZE + " bytes");
        }
    }

    /** Fails unless the OS refuses a datagram of {@code size} from {@code client} to {@code target}; attaches why. */
    public static void cannotSend(String name, UdpClient client, Size size, Supplier<Target> target, String targetName,
                                  Evidence evidence) {
        try {
            client.send(new byte[size.atMost(NumberedDatagram.LARGEST, "a datagram")], target.get());
        } catch (SocketExpectationError e) {
            evidence.attach("why \"" + name + "\" could not send " + size, e.getMessage());
            return;
        }
        throw SocketExpectationError.expected(client.describe() + " to fail sending a datagram of " + size
                + " to \"" + targetName + "\"", "the OS took it");
    }

    /** Fails unless {@code server} received datagrams, each one numbered datagram of the size it was sent with. */
    public static void everyWhole(String name, UdpServer server, Evidence evidence) {
        DatagramLedger.Snapshot s = attached(name, server, evidence);
        if (s.received() == 0 || s.notWhole() > 0 || s.unnumbered() > 0) {
            throw SocketExpectationError.expected("every datagram " + server.describe()
                    + " received to be whole (one numbered datagram each, with the size it was sent with)", "it"
                    + " received " + s);
        }
    }

    /** Fails when {@code server} received a datagram twice or out of order. */
    public static void noDuplicates(String name, UdpServer server, Evidence evidence) {
        DatagramLedger.Snapshot s = attached(name, server, evidence);
        if (s.duplicates() > 0 || s.outOfOrder() > 0) {
            throw SocketExpectationError.expected(server.describe()
                    + " to receive no datagram twice and none out of order", "it received " + s);
        }
    }

    private static DatagramLedger.Snapshot attached(String name, UdpServer server, Evidence evidence) {
        DatagramLedger.Snapshot s = server.ledger().snapshot();
        evidence.attach("ledger of \"" + name + "\"", s.toString());
        return s;
    }
}
