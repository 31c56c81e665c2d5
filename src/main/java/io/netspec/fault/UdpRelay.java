package io.netspec.fault;

import io.netspec.address.HostPort;
import io.netspec.core.ScenarioError;
import io.netspec.core.Threads;
import io.netspec.impair.Impairment;
import io.netspec.impair.ImpairmentModel;
import io.netspec.socket.DatagramTarget;
import io.netspec.socket.Hosts;
import io.netspec.socket.Target;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * A UDP link: clients send to the relay, which passes each datagram on to the target after the
 * impairment has had its say (lost, delayed, duplicated, held back); replies from the target go
 * back to the client that sent last, impaired the same way by their own random stream. Toxiproxy
 * carries no UDP, so netspec owns this relay. All random choices come from the sources it is given,
 * so a seed replays a run exactly (given the same arrival order).
 */
public final class UdpRelay implements DatagramTarget, AutoCloseable {
    /** How long a held-back (reordered) datagram waits for a later one to overtake it before it goes anyway. */
    static final long HOLD_LIMIT_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final String name;
    private final Target target;
    private final long seed;
    private final DatagramSocket front;
    private final DatagramSocket back;
    private final ScheduledExecutorService clock;
    private final Threads.Factory clockThreads;
    private final Lane forward;
    private final Lane replies;
    private final Thread[] pumps;
    private final AtomicReference<String> failure = new AtomicReference<>();
    private volatile SocketAddress client;
    private Impairment settings;

    /** One way through the relay: its model, its held datagram and its counts. */
    private final class Lane {
        final String label;
        final RandomGenerator random;
        volatile ImpairmentModel model;
        final DatagramSocket out;
        final AtomicLong received = new AtomicLong();
        final AtomicLong lost = new AtomicLong();
        final AtomicLong duplicated = new AtomicLong();
        final AtomicLong reordered = new AtomicLong();
        final AtomicLong sent = new AtomicLong();
        private final AtomicInteger pending = new AtomicInteger();
        private DatagramPacket held; // guarded by this Lane

        Lane(String label, RandomGenerator random, Impairment settings, DatagramSocket out) {
            this.label = label;
            this.random = random;
            this.model = new ImpairmentModel(settings, random);
            this.out = out;
        }

        void arrive(byte[] data, SocketAddress to) {
            received.incrementAndGet();
            ImpairmentModel.Decision d = model.next();
            if (d.lost()) {
                lost.incrementAndGet();
                return;
            }
            DatagramPacket packet = new DatagramPacket(data, data.length, to);
            pass(packet, d.delayNanos(), d.reordered());
            if (d.duplicated()) {
                duplicated.incrementAndGet();
                pass(new DatagramPacket(data.clone(), data.length, to), d.duplicateDelayNanos(), false);
            }
        }

        /**
         * Undelayed datagrams go out at once from the receiving thread, unless delayed ones are still
         * waiting (they must not be overtaken by the clock's own doing); the rest go through the clock.
         */
        private void pass(DatagramPacket packet, long delayNanos, boolean holdBack) {
            if (delayNanos == 0 && pending.get() == 0) {
                deliver(packet, holdBack);
                return;
            }
            pending.incrementAndGet();
            clock.schedule(() -> {
                try {
                    deliver(packet, holdBack);
                } finally {
                    pending.decrementAndGet();
                }
            }, delayNanos, TimeUnit.NANOSECONDS);
        }

        private synchronized void deliver(DatagramPacket packet, boolean holdBack) {
            if (holdBack) {
                if (held != null) {
                    send(held);
                }
                held = packet;
                clock.schedule(() -> release(packet), HOLD_LIMIT_NANOS, TimeUnit.NANOSECONDS);
                return;
            }
            send(packet);
            if (held != null) {
                // A held datagram overtaken only by its own copy arrives in order after all.
                if (!Arrays.equals(held.getData(), packet.getData())) {
                    reordered.incrementAndGet();
                }
                DatagramPacket late = held;
                held = null;
                send(late);
            }
        }

        private synchronized void release(DatagramPacket packet) {
            if (held == packet) {
                held = null;
                send(packet);
            }
        }

        private void send(DatagramPacket packet) {
            try {
                out.send(packet);
                sent.incrementAndGet();
            } catch (IOException e) {
                if (!out.isClosed()) {
                    failure.compareAndSet(null, "the UDP link \"" + name + "\" could not pass a datagram "
                            + label + ": " + e + " (seed " + seed + ")");
                }
            }
        }

        String counts() {
            return label + ": received " + received + ", lost " + lost + ", duplicated " + duplicated
                    + ", reordered " + reordered + ", sent " + sent;
        }
    }

    private UdpRelay(String name, Target target, long seed, RandomGenerator forwardRandom,
                     RandomGenerator replyRandom, Impairment settings) throws IOException {
        if (!(target.address() instanceof InetSocketAddress)) {
            throw ScenarioError.of("the UDP link \"" + name + "\" cannot front " + target.describe()
                    + "; expected a UDP server or host:port");
        }
        this.name = name;
        this.target = target;
        this.seed = seed;
        this.settings = settings;
        InetAddress loopback = InetAddress.getLoopbackAddress();
        // The side facing the target speaks the target's address family: an IPv4 socket cannot reach ::1.
        InetAddress towardsTarget = ((InetSocketAddress) target.address()).getAddress() instanceof Inet6Address
                ? Hosts.loopbackV6() : loopback;
        this.front = new DatagramSocket(new InetSocketAddress(loopback, 0));
        this.back = new DatagramSocket(new InetSocketAddress(towardsTarget, 0));
        this.front.setReceiveBufferSize(1 << 21);
        this.back.setReceiveBufferSize(1 << 21);
        this.clockThreads = Threads.factory("udp-link", name + "-clock");
        this.clock = Executors.newSingleThreadScheduledExecutor(clockThreads);
        this.forward = new Lane("towards " + target.describe(), forwardRandom, settings, back);
        this.replies = new Lane("back to the client", replyRandom, settings, front);
        this.pumps = new Thread[] {Threads.start("udp-link", name + "-out", this::pumpForward),
                Threads.start("udp-link", name + "-back", this::pumpReplies)};
    }

    /**
     * Opens a UDP link to {@code target}; {@code seed} is only reported, the two random sources
     * (datagrams towards the target, replies) carry the actual choices.
     */
    @Override
    public java.util.Optional<io.netspec.socket.SocketPlace> place() {
        return java.util.Optional.of(io.netspec.socket.SocketPlace.HERE);
    }

    public static UdpRelay open(String name, Target target, long seed, RandomGenerator forwardRandom,
                                RandomGenerator replyRandom, Impairment settings) throws IOException {
        // The relay runs in this machine's namespace: a UDP server on a host is out of its reach, said at once.
        io.netspec.socket.Reach.require(io.netspec.socket.SocketPlace.HERE, target, "the UDP link \"" + name + "\"");
        return new UdpRelay(name, target, seed, forwardRandom, replyRandom, settings);
    }

    /** Changes what the link does from the next datagram on. */
    public synchronized void impair(UnaryOperator<Impairment> change) {
        Impairment changed = change.apply(settings);
        forward.model = new ImpairmentModel(changed, forward.random);
        replies.model = new ImpairmentModel(changed, replies.random);
        settings = changed;
    }

    /** The first datagram the relay could not pass on, if any: checked by steps so it is never silent. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }

    public synchronized Impairment settings() {
        return settings;
    }

    private void pumpForward() {
        pump(front, "from clients", (data, from) -> {
            client = from;
            forward.arrive(data, target.address());
        });
    }

    private void pumpReplies() {
        pump(back, "from the target", (data, from) -> {
            SocketAddress to = client;
            if (to != null) {
                replies.arrive(data, to);
            }
        });
    }

    private void pump(DatagramSocket socket, String from, BiConsumer<byte[], SocketAddress> onDatagram) {
        ReceiveLoop.run(socket, p -> onDatagram.accept(Arrays.copyOf(p.getData(), p.getLength()), p.getSocketAddress()),
                e -> failure.compareAndSet(null, "the UDP link \"" + name + "\" stopped receiving datagrams " + from
                        + ": " + e + " (seed " + seed + ")"));
    }

    @Override
    public SocketAddress address() {
        return front.getLocalSocketAddress();
    }

    @Override
    public String describe() {
        return "the UDP link \"" + name + "\" (" + HostPort.show(front.getLocalSocketAddress()) + " -> " + target.describe()
                + ", seed " + seed + ")";
    }

    public long seed() {
        return seed;
    }

    public long receivedFromClients() {
        return forward.received.get();
    }

    public long lostTowardsTarget() {
        return forward.lost.get();
    }

    public long duplicatedTowardsTarget() {
        return forward.duplicated.get();
    }

    public long reorderedTowardsTarget() {
        return forward.reordered.get();
    }

    public long sentToTarget() {
        return forward.sent.get();
    }

    /** The relay's own counts both ways, for the report. */
    public String counts() {
        return describe() + "\n  " + settings().describe() + failure().map(f -> "\n  " + f).orElse("") + "\n  " + forward.counts() + "\n  " + replies.counts();
    }

    /** Closes both sockets (which ends the pumps) and stops the clock; waits, bounded, for all three threads. */
    @Override
    public void close() {
        front.close();
        back.close();
        String owner = "the UDP link \"" + name + "\"";
        Threads.shutDown(clock, clockThreads, Threads.JOIN_BOUND, owner);
        for (Thread pump : pumps) {
            Threads.join(pump, Threads.JOIN_BOUND, owner);
        }
    }
}
