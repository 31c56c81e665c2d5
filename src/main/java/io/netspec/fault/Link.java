package io.netspec.fault;

import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.model.Toxic;
import eu.rekawek.toxiproxy.model.toxic.Latency;
import io.netspec.address.HostPort;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.socket.Reach;
import io.netspec.socket.SocketPlace;
import io.netspec.socket.Target;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A Toxiproxy proxy in front of a TCP target: clients connect to the link instead of the target,
 * and toxics on the link delay, throttle, slice, cut or swallow what passes. Its proxy name is
 * unique in the server (scenarios share one server and run in parallel); closing the link
 * deletes the proxy and with it every toxic.
 */
public final class Link implements Target, AutoCloseable {
    private final ToxiproxyServer server;
    private final String name;
    private final Target upstream;
    private final Proxy proxy;
    private final InetSocketAddress listen;
    private final LinkHistory applied = new LinkHistory();
    private int toxicCount;
    private Toxic last;
    private final LinkSwitch state;
    private boolean closed;

    private Link(ToxiproxyServer server, String name, Target upstream, Proxy proxy) {
        this.server = server;
        this.name = name;
        this.upstream = upstream;
        this.proxy = proxy;
        this.listen = HostPort.parse(proxy.getListen(), 1);
        this.state = new LinkSwitch(name);
    }

    /**
     * Opens a link named {@code name} (for messages) to {@code upstream}, listening on a free port of the own
     * address of the place {@code server} runs in ({@link SocketPlace#serverAddress}): 127.0.0.1 here, the
     * host's address on a host. Fails at once when the upstream cannot be reached from there.
     */
    public static Link open(ToxiproxyServer server, String name, Target upstream) {
        SocketPlace listen = server.place();
        Reach.require(listen, upstream, "the link \"" + name + "\"");
        if (!(upstream.address() instanceof InetSocketAddress address)) {
            throw ScenarioError.of("the link \"" + name + "\" cannot front " + upstream.describe()
                    + ": Toxiproxy links carry TCP only; name a TCP server, service or HTTP stub");
        }
        String proxyName = "netspec-" + name.replaceAll("[^A-Za-z0-9_-]", "_") + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        String to = HostPort.show(address);
        Proxy proxy = server.call("creating the link \"" + name + "\" to " + upstream.describe(),
                () -> server.client().createProxy(proxyName, HostPort.show(new InetSocketAddress(listen.serverAddress(4), 0)), to));
        return new Link(server, name, upstream, proxy);
    }

    @Override
    public SocketAddress address() {
        return listen;
    }

    @Override
    public String describe() {
        return "the link \"" + name + "\" (" + HostPort.show(listen) + " -> " + upstream.describe() + ")";
    }

    @Override
    public Optional<Target> forwardsTo() {
        return Optional.of(upstream);
    }

    @Override
    public Optional<SocketPlace> place() {
        return Optional.of(server.place());
    }

    /** The Toxiproxy server the link's proxy lives in. */
    public ToxiproxyServer server() {
        return server;
    }

    public String name() {
        return name;
    }

    public String proxyName() {
        return proxy.getName();
    }

    /** The toxics applied so far, in plain words, for the report. */
    public List<String> applied() {
        return applied.words();
    }

    // ---- toxics ------------------------------------------------------------------------------

    public synchronized void latency(Duration latency, Duration jitter, Direction direction) {
        String what = "adding " + latency.toMillis() + " ms of latency"
                + (jitter.isZero() ? "" : " with " + jitter.toMillis() + " ms of jitter") + " " + direction.word();
        toxic(what, () -> {
            Latency toxic = proxy.toxics().latency(toxicName("latency", direction), direction.toxiproxy(),
                    latency.toMillis());
            if (!jitter.isZero()) {
                toxic.setJitter(jitter.toMillis());
            }
            return toxic;
        });
    }

    /** Limits the link to {@code kilobytesPerSecond} KB/s (1 KB = 1000 bytes, as Toxiproxy counts) each way. */
    public synchronized void bandwidth(long kilobytesPerSecond) {
        requirePositive(kilobytesPerSecond, "a bandwidth in KB/s");
        for (Direction d : Direction.values()) {
            String what = "limiting " + d.word() + " to " + kilobytesPerSecond + " KB/s";
            toxic(what, () -> proxy.toxics().bandwidth(toxicName("bandwidth", d), d.toxiproxy(), kilobytesPerSecond));
        }
    }

    /** Cuts what flows each way into pieces of {@code bytes}, so readers see many small reads. */
    public synchronized void slice(long bytes) {
        requirePositive(bytes, "a slice size in bytes");
        for (Direction d : Direction.values()) {
            String what = "slicing " + d.word() + " data into " + bytes + "-byte pieces";
            toxic(what, () -> proxy.toxics().slicer(toxicName("slicer", d), d.toxiproxy(), bytes, 0));
        }
    }

    /** Resets (TCP RST) every connection {@code after} it is made. */
    public synchronized void resetPeer(Duration after) {
        String what = "resetting connections after " + after.toMillis() + " ms";
        toxic(what, () -> proxy.toxics().resetPeer(toxicName("reset_peer", Direction.UPSTREAM),
                Direction.UPSTREAM.toxiproxy(), after.toMillis()));
    }

    /** Stops all data and closes the connection after {@code after}; zero swallows data until the link is healed. */
    public synchronized void timeout(Duration after) {
        String what = after.isZero() ? "swallowing data until healed" : "timing out after " + after.toMillis() + " ms";
        toxic(what, () -> proxy.toxics().timeout(toxicName("timeout", Direction.UPSTREAM),
                Direction.UPSTREAM.toxiproxy(), after.toMillis()));
    }

    /** Closes each connection once {@code bytes} have passed downstream. */
    public synchronized void limitData(long bytes) {
        requirePositive(bytes, "a byte count");
        String what = "closing connections after " + bytes + " bytes";
        toxic(what, () -> proxy.toxics().limitData(toxicName("limit_data", Direction.DOWNSTREAM),
                Direction.DOWNSTREAM.toxiproxy(), bytes));
    }

    /** Delays the close of each connection by {@code delay}. */
    public synchronized void slowClose(Duration delay) {
        String what = "closing slowly after " + delay.toMillis() + " ms";
        toxic(what, () -> proxy.toxics().slowClose(toxicName("slow_close", Direction.DOWNSTREAM),
                Direction.DOWNSTREAM.toxiproxy(), delay.toMillis()));
    }

    /** Applies the last toxic to only {@code fraction} of connections. */
    public synchronized void toxicity(double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw ScenarioError.of("the toxicity of the link \"" + name + "\" is " + fraction * 100
                    + "%, expected between 0% and 100%");
        }
        if (last == null) {
            throw NetspecFailure.of("the link \"" + name + "\" has no toxic yet to apply to "
                    + Math.round(fraction * 100) + "% of connections; add one first (latency, reset, ...)");
        }
        Toxic toxic = last;
        String what = "applying " + toxic.getName() + " to " + fraction * 100 + "% of connections";
        api(what, () -> {
            toxic.setToxicity((float) fraction);
            return toxic;
        });
        applied.add(LinkHistory.Kind.TOXICITY, what);
    }

    /** Takes the link down: open connections are cut and new ones are refused. */
    public synchronized void down() {
        api("taking the link down", () -> {
            proxy.disable();
            return null;
        });
        state.wentDown();
        applied.add(LinkHistory.Kind.DOWN, "down");
    }

    /** True while the link is down (taken down and not brought back up yet). */
    public boolean isDown() {
        return state.isDown();
    }

    /**
     * Takes the link down now and brings it back up after {@code period}, without blocking the
     * caller, so a scenario can go on sending while the link is down.
     */
    public synchronized void downFor(Duration period) {
        down();
        state.upAfter(period, this::up);
        applied.reword("down for " + period.toMillis() + " ms");
    }

    /** Waits (bounded) until a link taken down for a while is up again; rethrows what failed bringing it up. */
    public void awaitUp(Duration within) {
        state.awaitUp(within);
    }

    public synchronized void up() {
        api("bringing the link back up", () -> {
            proxy.enable();
            return null;
        });
        state.wentUp();
        applied.add(LinkHistory.Kind.UP, "up");
    }

    /** Removes every toxic and brings the link up. */
    public synchronized void heal() {
        api("healing the link", () -> {
            for (Toxic toxic : proxy.toxics().getAll()) {
                toxic.remove();
            }
            proxy.enable();
            return null;
        });
        state.wentUp();
        last = null;
        applied.add(LinkHistory.Kind.HEALED, "healed");
    }

    /** Every change made to the link, each with the time it took effect. */
    public LinkHistory history() {
        return applied;
    }

    /** The names of the toxics the server has on this link now. */
    public synchronized List<String> toxicNames() {
        return api("listing toxics", () -> proxy.toxics().getAll().stream().map(Toxic::getName).toList());
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        // Outside the lock: a timer about to bring the link up needs it to finish.
        state.close();
        deleteProxy();
    }

    private synchronized void deleteProxy() {
        api("deleting the link", () -> {
            proxy.delete();
            return null;
        });
        // Scenarios share the server, so the proof that one leaves nothing behind is that its proxy is gone.
        if (server.proxyNames().contains(proxy.getName())) {
            throw NetspecFailure.of("the link \"" + name + "\" was deleted, but Toxiproxy still has its proxy "
                    + proxy.getName());
        }
    }

    /** Adds a toxic; it becomes the one a later toxicity applies to, and the report lists it. */
    private void toxic(String what, ToxiproxyServer.ApiCall<? extends Toxic> call) {
        last = api(what, call);
        applied.add(LinkHistory.Kind.TOXIC, what);
    }

    private <T> T api(String operation, ToxiproxyServer.ApiCall<T> call) {
        return server.call(operation + " on the link \"" + name + "\"", call);
    }

    private String toxicName(String type, Direction direction) {
        return type + "_" + direction.word() + "_" + (++toxicCount);
    }

    private void requirePositive(long value, String expected) {
        if (value <= 0) {
            throw ScenarioError.of("the link \"" + name + "\" got " + value + ", expected " + expected
                    + " above 0");
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
