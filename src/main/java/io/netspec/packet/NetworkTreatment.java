package io.netspec.packet;

import io.netspec.core.Settings;
import io.netspec.impair.Impairment;
import io.netspec.impair.ImpairmentModel;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * What one network does to the frames that cross it: the seeded impairment of the UDP link's
 * {@link ImpairmentModel} (loss, bursts, delay with jitter, duplication, reordering) for the whole
 * network or one direction between two hosts, a rate limit, deterministic drops (the first SYNs to an
 * address, one data segment of a client), and a capture of every frame with what was done to it. ARP
 * frames pass untouched. The scenario's cuts see each frame first ({@link CutFrames}). Decisions are taken one frame at a time in arrival order; delay and rate count
 * from when the switch read the frame; delayed frames leave from one scheduler thread.
 */
public final class NetworkTreatment implements FrameTreatment {
    /** How much sending time a rate limit's queue holds before it drops at its tail. */
    static final long RATE_QUEUE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private record Plan(Path path, Fate fate, String detail, long at, boolean holdBack, long duplicateAt) { }

    private final String network;
    private final LongSupplier seedSource;
    private Long seed;          // asked of seedSource at the first impairment
    private final CaptureRing capture;
    private final Scheduler scheduler;
    private final Departures departures;
    private final CutFrames cuts;
    private final Map<String, Path> paths = new HashMap<>();
    private final Map<Between, Impairment> directions = new HashMap<>();
    private final Map<Object, RateLimit> rates = new HashMap<>();
    private final Map<Between, Long> directionRates = new HashMap<>();
    private final List<SynDrop> synDrops = new ArrayList<>();
    private final List<SegmentDrop> segmentDrops = new ArrayList<>();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong duplicated = new AtomicLong();
    private final AtomicLong reordered = new AtomicLong();
    private Impairment everywhere = Impairment.NONE;
    private long rate;
    private volatile boolean closed;

    /** A treatment for {@code network}, seeded by {@code seed}; {@code capture} null turns capture off. */
    public NetworkTreatment(String network, long seed, CaptureRing capture) {
        this(network, () -> seed, capture);
    }

    /** As above, with the seed asked for only when the first random impairment is set: frames that cross
     * before that need no random choice, so a scenario may set its seed after its hosts start. */
    public NetworkTreatment(String network, LongSupplier seed, CaptureRing capture) {
        this(network, seed, capture, new Cuts());
    }

    /** As above, asking the scenario's {@code cuts} about every frame first ({@link CutFrames}). */
    public NetworkTreatment(String network, LongSupplier seed, CaptureRing capture, Cuts cuts) {
        boolean wakeLatency = WakeLatency.allowed(Settings.system());  // a bad value fails here, before any thread
        this.network = network;
        this.seedSource = seed;
        this.capture = capture;
        this.scheduler = new Scheduler(network);
        this.departures = new Departures(scheduler, wakeLatency);
        this.cuts = new CutFrames(network, cuts, capture);
    }

    /** Changes what every direction without its own settings does, from the next frame on. */
    public synchronized void impair(UnaryOperator<Impairment> change) {
        seed();
        everywhere = ImpairmentChange.applied(change, everywhere, "the network \"" + network + "\"");
        paths.values().forEach(p -> p.use(settingsFor(p.direction), this::seed));
    }

    /** Changes what one direction between two hosts does (each of its pairs of addresses), from the next frame on. */
    public synchronized void impair(List<Between> direction, UnaryOperator<Impairment> change) {
        seed();
        for (Between pair : direction) {
            directions.put(pair, ImpairmentChange.applied(change, directions.getOrDefault(pair, everywhere),
                    "packets " + pair + " on the network \"" + network + "\""));
        }
        paths.values().forEach(p -> p.use(settingsFor(p.direction), this::seed));
    }

    /** Limits every switch port (what it sends to each host) to {@code bitsPerSecond}. */
    public synchronized void limitRate(long bitsPerSecond) {
        new RateLimit(bitsPerSecond, RATE_QUEUE_NANOS);
        rate = bitsPerSecond;
        rates.keySet().removeIf(k -> k instanceof String);
    }

    public synchronized void limitRate(Between direction, long bitsPerSecond) {
        new RateLimit(bitsPerSecond, RATE_QUEUE_NANOS);
        directionRates.put(direction, bitsPerSecond);
        rates.remove(direction);
    }

    public synchronized void dropFirstSyns(InetAddress to, int count) {
        synDrops.add(new SynDrop(to, count));
    }

    public synchronized void dropDataSegment(InetSocketAddress from, int number) {
        segmentDrops.add(new SegmentDrop(from, number));
    }

    @Override
    public void treat(Crossing crossing, Delivery delivery) {
        if (closed) {
            return;
        }
        Packet packet = PacketDecoder.decode(crossing.frame());
        if (cuts.took(crossing, packet, delivery)) {
            frames.incrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        long now = System.nanoTime();
        Plan plan;
        synchronized (this) {  // from when the switch read the frame: its own time to get here is not added
            plan = decide(crossing, packet, crossing.receivedNanos() - now > 0 ? now : crossing.receivedNanos());
        }
        frames.incrementAndGet();
        if (capture != null) {
            capture.add(new Captured(crossing.receivedNanos(), crossing.from(), crossing.to(), crossing.frame(),
                    packet, plan.fate, plan.detail));
        }
        if (plan.fate == Fate.DROPPED) {
            dropped.incrementAndGet();
            return;
        }
        if (plan.duplicateAt >= 0) {
            duplicated.incrementAndGet();
            Crossing copy = new Crossing(crossing.from(), crossing.to(), crossing.frame().clone(), crossing.receivedNanos());
            departures.later(plan.path, plan.duplicateAt, copy, delivery, false);
        }
        if (plan.holdBack) {
            reordered.incrementAndGet();
        }
        boolean direct;
        synchronized (plan.path) {
            direct = plan.at - now <= 0 && plan.path.pending == 0;
        }
        if (direct) {
            departures.send(plan.path, crossing, delivery, plan.holdBack);
        } else {
            departures.later(plan.path, plan.at, crossing, delivery, plan.holdBack);
        }
    }

    private Plan decide(Crossing crossing, Packet packet, long read) {
        String rule = null;
        for (SynDrop d : synDrops) {
            rule = rule == null ? d.drops(packet) : rule;
        }
        for (SegmentDrop d : segmentDrops) {
            String why = d.drops(packet);  // every rule sees every packet: it counts segments
            rule = rule == null ? why : rule;
        }
        Path path = path(crossing, packet);
        if (rule != null) {
            return new Plan(path, Fate.DROPPED, rule, -1, false, -1);
        }
        if (packet.protocol() == Protocol.ARP) {  // address resolution is no IP packet: never impaired
            return new Plan(path, Fate.PASSED, "", read, false, -1);
        }
        ImpairmentModel.Decision d = path.next();
        if (d.lost()) {
            return new Plan(path, Fate.DROPPED, "lost: " + Impairment.percent(path.settings().loss()) + " loss", -1, false, -1);
        }
        long at = read;
        RateLimit limit = rateFor(crossing, path);
        String queued = "";
        if (limit != null) {
            at = limit.depart(read, crossing.frame().length);
            if (at < 0) {
                return new Plan(path, Fate.DROPPED, "the queue of the " + RateLimit.words(limit.bitsPerSecond())
                        + " limit was full", -1, false, -1);
            }
        }
        at = Math.max(at + d.delayNanos(), path.lastDeparture);
        path.lastDeparture = at;
        long duplicateAt = d.duplicated() ? Math.max(at, read + d.duplicateDelayNanos()) : -1;
        Fate fate = d.reordered() ? Fate.REORDERED : d.duplicated() ? Fate.DUPLICATED
                : at - read > 0 ? Fate.DELAYED : Fate.PASSED;
        String detail = at - read > 0 ? String.format(Locale.ROOT, "left after %.3f ms", (at - read) / 1e6) : "";
        if (d.reordered()) {
            detail = join(detail, "held back until the next frame had gone");
        }
        if (d.duplicated()) {
            detail = join(detail, "sent twice");
        }
        return new Plan(path, fate, detail, at, d.reordered(), duplicateAt);
    }

    private Path path(Crossing crossing, Packet packet) {
        boolean ip = packet.protocol() != Protocol.ARP && packet.source() != null;
        String key = ip ? packet.source().getHostAddress() + ">" + packet.destination().getHostAddress()
                : "port " + crossing.from() + ">" + crossing.to();
        Path path = paths.get(key);
        if (path == null) {
            Between direction = ip ? new Between(packet.source(), packet.destination()) : null;
            path = new Path(key, direction);
            path.use(settingsFor(direction), this::seed);
            paths.put(key, path);
        }
        return path;
    }

    private Impairment settingsFor(Between direction) {
        return direction == null ? everywhere : directions.getOrDefault(direction, everywhere);
    }

    private RateLimit rateFor(Crossing crossing, Path path) {
        if (path.direction != null && directionRates.containsKey(path.direction)) {
            return rates.computeIfAbsent(path.direction, k -> new RateLimit(directionRates.get(path.direction),
                    RATE_QUEUE_NANOS));
        }
        if (rate == 0) {
            return null;
        }
        String port = crossing.to() == null ? "flooded" : crossing.to();
        return rates.computeIfAbsent(port, k -> new RateLimit(rate, RATE_QUEUE_NANOS));
    }

    public String network() {
        return network;
    }

    /** The seed of every random choice (the network's name mixed in), asked for once. */
    public synchronized long seed() {
        if (seed == null) {
            seed = seedSource.getAsLong() ^ (network.hashCode() * 0xC2B2_AE3D_27D4_EB4FL);
        }
        return seed;
    }

    public Optional<CaptureRing> capture() {
        return Optional.ofNullable(capture);
    }

    /** Frames treated, dropped, duplicated and held back for reordering so far, and the scheduler's lateness. */
    public TreatmentCounts counts() {
        long[] late = scheduler.lateness();
        return new TreatmentCounts(frames.get(), dropped.get(), duplicated.get(), reordered.get(), late[0], late[1],
                late[2]);
    }

    /** The first failure of a delayed delivery, if any (checked by steps so it is never silent). */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(scheduler.failure());
    }

    /** What was asked of the kernel while frames waited here ({@code WakeLatency}); empty until one waited. */
    public Optional<String> wakeLatency() {
        return departures.wakeLatency();
    }

    /** The settings in plain words, for the report. */
    public synchronized String describe() {
        StringBuilder s = new StringBuilder("network \"" + network + "\": " + everywhere.describe());
        if (rate > 0) {
            s.append(", limited to ").append(RateLimit.words(rate));
        }
        directions.forEach((b, i) -> s.append("; ").append(b).append(": ").append(i.describe()));
        directionRates.forEach((b, r) -> s.append("; ").append(b).append(" limited to ").append(RateLimit.words(r)));
        return s.toString();
    }

    @Override
    public void close() {
        closed = true;
        try {
            scheduler.close();
        } finally {
            departures.close();
        }
        synchronized (this) {
            for (Path p : paths.values()) {
                synchronized (p) {
                    p.held = null;
                }
            }
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + ", " + b;
    }
}
