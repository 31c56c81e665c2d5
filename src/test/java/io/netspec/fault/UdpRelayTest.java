package io.netspec.fault;

import io.netspec.testkit.Lateness;
import io.netspec.impair.Impairment;
import io.netspec.socket.DatagramLedger;
import io.netspec.socket.NumberedDatagram;
import io.netspec.measure.Wilson;
import io.netspec.socket.Target;
import org.junit.jupiter.api.Test;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The relay between plain JDK datagram sockets on loopback. */
class UdpRelayTest {

    @Test
    void relayAndReceiverPrintTheirAddressesWithoutJavasLeadingSlash() throws Exception {
        try (DatagramSocket sink = bound(); UdpRelay relay = relay(sink, 1, Impairment.NONE);
             ReliableReceiver inbox = new ReliableReceiver("inbox")) {
            int port = ((InetSocketAddress) relay.address()).getPort();
            assertThat(relay.describe()).startsWith("the UDP link \"radio\" (127.0.0.1:" + port + " -> ");
            assertThat(inbox.describe()).isEqualTo("the reliable-delivery receiver \"inbox\" (127.0.0.1:"
                    + ((InetSocketAddress) inbox.address()).getPort() + ")");
        }
    }

    @Test
    void closingJoinsEveryThreadOfTheRelayAndTheReceiver() throws Exception {
        try (DatagramSocket sink = bound()) {
            UdpRelay relay = relay(sink, 2, Impairment.NONE);
            ReliableReceiver inbox = new ReliableReceiver("joined");
            assertThat(threadsNamed("netspec-udp-link-radio-")).contains("netspec-udp-link-radio-out", "netspec-udp-link-radio-back");
            assertThat(threadsNamed("netspec-reliable-receiver-joined")).hasSize(1);
            relay.close();
            inbox.close();
            assertThat(threadsNamed("netspec-udp-link-radio-")).isEmpty();
            assertThat(threadsNamed("netspec-reliable-receiver-joined")).isEmpty();
        }
    }

    private static java.util.List<String> threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(prefix)).toList();
    }

    @Test
    void lossReachesTheReceiverAtTheSetRate() throws Exception {
        try (DatagramSocket sink = bound(); DatagramSocket sender = bound();
             UdpRelay relay = relay(sink, 11, Impairment.NONE.withLoss(0.10))) {
            DatagramLedger ledger = receiveInto(sink);
            int n = 5_000;
            send(sender, relay.address(), n);
            await("relay to pass every datagram").atMost(Duration.ofSeconds(5))
                    .until(() -> relay.receivedFromClients() == n && ledger.snapshot().distinct() == relay.sentToTarget());
            assertThat(ledger.missing(n)).isEqualTo(relay.lostTowardsTarget());
            assertThat(Wilson.interval(ledger.missing(n), n, 0.99).contains(0.10)).as(ledger.snapshot().toString()).isTrue();
        }
    }

    @Test
    void duplicatesAndReorderingShowInTheLedger() throws Exception {
        try (DatagramSocket sink = bound(); DatagramSocket sender = bound();
             UdpRelay relay = relay(sink, 5, Impairment.NONE.withDuplication(0.05).withReordering(0.05))) {
            DatagramLedger ledger = receiveInto(sink);
            int n = 2_000;
            send(sender, relay.address(), n);
            await("relay to pass every datagram").atMost(Duration.ofSeconds(5))
                    .until(() -> ledger.snapshot().received() == n + relay.duplicatedTowardsTarget());
            assertThat(ledger.snapshot().duplicates()).isEqualTo(relay.duplicatedTowardsTarget()).isPositive();
            // A copy that arrives after a later datagram counts as out of order too.
            assertThat(ledger.snapshot().outOfOrder()).isPositive()
                    .isLessThanOrEqualTo(relay.reorderedTowardsTarget() + relay.duplicatedTowardsTarget());
            assertThat(ledger.missing(n)).isZero();
        }
    }

    @Test
    void delayHoldsEachDatagramBack() throws Exception {
        try (DatagramSocket sink = bound(); DatagramSocket sender = bound();
             UdpRelay relay = relay(sink, 1, Impairment.NONE.withDelay(Duration.ofMillis(50), Duration.ZERO))) {
            sink.setSoTimeout(2000);
            Lateness.Timed<Object> timed = Lateness.during(() -> {
                send(sender, relay.address(), 1);
                sink.receive(new DatagramPacket(new byte[100], 100));
                return null;
            });
            // The delay is the claim; the upper bound catches a gross error (seconds for milliseconds, twice the
            // delay), beyond how late the machine ran meanwhile.
            assertThat(timed.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(49));
            timed.tookAtMost(Duration.ofMillis(50), "a datagram through a relay delaying by 50 ms");
        }
    }

    @Test
    void repliesGoBackToTheSender() throws Exception {
        try (DatagramSocket echo = bound(); DatagramSocket client = bound();
             UdpRelay relay = relay(echo, 3, Impairment.NONE)) {
            Thread t = new Thread(() -> {
                try {
                    DatagramPacket p = new DatagramPacket(new byte[100], 100);
                    echo.receive(p);
                    echo.send(p);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            t.setDaemon(true);
            t.start();
            client.send(new DatagramPacket(new byte[]{'h', 'i'}, 2, relay.address()));
            client.setSoTimeout(2000);
            DatagramPacket reply = new DatagramPacket(new byte[100], 100);
            client.receive(reply);
            assertThat(new String(reply.getData(), 0, reply.getLength())).isEqualTo("hi");
        }
    }

    static UdpRelay relay(DatagramSocket to, long seed, Impairment settings) throws Exception {
        SocketAddress address = to.getLocalSocketAddress();
        Target target = new Target() {
            @Override
            public SocketAddress address() {
                return address;
            }

            @Override
            public String describe() {
                return "test socket " + address;
            }
        };
        return UdpRelay.open("radio", target, seed, new SplittableRandom(seed), new SplittableRandom(~seed), settings);
    }

    static DatagramSocket bound() throws Exception {
        DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        s.setReceiveBufferSize(1 << 21);
        return s;
    }

    static void send(DatagramSocket sender, SocketAddress to, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            byte[] datagram = NumberedDatagram.encode(i, 100);
            sender.send(new DatagramPacket(datagram, datagram.length, to));
        }
    }

    static DatagramLedger receiveInto(DatagramSocket sink) throws Exception {
        DatagramLedger ledger = new DatagramLedger();
        sink.setSoTimeout(100);
        Thread t = new Thread(() -> {
            DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
            while (!sink.isClosed()) {
                try {
                    sink.receive(p);
                    ledger.record(p.getData(), p.getLength());
                } catch (SocketTimeoutException e) {
                    continue;
                } catch (java.io.IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return ledger;
    }
}
