package io.netspec.bench;

import io.netspec.address.IpAddress;
import io.netspec.host.Host;
import io.netspec.host.Network;
import io.netspec.host.Topology;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * N hosts on one network (by default 10.80.0.0/16, at its first free addresses), brought up and measured
 * for the hosts benchmark: the time to bring them up, whether the first reaches the last (an ICMP echo,
 * whose ARP request the switch floods to every port), the threads and memory of this JVM before and
 * after, and the time to tear them down. Where the build has {@code Topology.hosts} (the batched bring-up
 * the phrase for many hosts uses) it is used; on builds from before it, the hosts are made one at a time
 * with {@code Topology.host}, so the same benchmark runs on both for side-by-side figures.
 */
final class ManyHosts implements AutoCloseable {
    private static final Duration BOUND = Duration.ofSeconds(10);

    final Topology topology;
    final Network network;
    final List<Host> hosts = new ArrayList<>();
    private final boolean ownsNetwork;
    private final String how;

    private ManyHosts(Topology topology, Network network, int count) throws Exception {
        this.topology = topology;
        this.ownsNetwork = network == null;
        this.network = network == null ? topology.network("many", "10.80.0.0/16") : network;
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add("h" + i);
        }
        Method batched = batched();
        if (batched != null) {
            how = "in batches (Topology.hosts)";
            @SuppressWarnings("unchecked")
            List<Host> made = (List<Host>) batched.invoke(topology, names, this.network);
            hosts.addAll(made);
        } else {
            how = "one at a time (Topology.host)";
            long next = this.network.cidr().network().low() + 1;
            for (int i = 0; i < count; i++, next++) {
                while (taken(IpAddress.ipv4(next))) {
                    next++;
                }
                hosts.add(topology.host(names.get(i), List.of(new Topology.Join(this.network, IpAddress.ipv4(next))), false));
            }
        }
    }

    private boolean taken(IpAddress address) {
        return network.hosts().values().stream().anyMatch(a -> a.address().equals(address));
    }

    private static Method batched() {
        try {
            return Topology.class.getMethod("hosts", List.class, Network.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** Brings up {@code count} hosts on a network of their own and prints what it cost; the caller closes them. */
    static ManyHosts bringUp(int count) throws Exception {
        return bringUp(new Topology(), null, count);
    }

    /** The same on {@code network} of {@code topology} (null: a network of their own), beside what is there already. */
    static ManyHosts bringUp(Topology topology, Network network, int count) throws Exception {
        System.gc();
        long threadsBefore = status("Threads");
        long rssBefore = status("VmRSS");
        long heapBefore = heapAfterGc();
        long start = System.nanoTime();
        ManyHosts many = new ManyHosts(topology, network, count);
        double up = (System.nanoTime() - start) / 1e9;
        long echoStart = System.nanoTime();
        InetAddress last = many.hosts.get(count - 1).address(4);
        boolean reached = many.hosts.get(0).echo(last, 1, BOUND).isPresent();
        double echo = (System.nanoTime() - echoStart) / 1e3;
        double total = (System.nanoTime() - start) / 1e9;
        long threads = status("Threads");
        long rss = status("VmRSS");
        long heap = heapAfterGc();
        System.out.printf(Locale.ROOT, "%,d hosts on one network, %s: up in %.2f s (%.2f ms a host); first reaches last: %s"
                        + " (%.0f µs, its ARP request flooded to every port); up and reached: %.2f s%n",
                count, many.how, up, up * 1000 / count, reached, echo, total);
        System.out.printf(Locale.ROOT, "  JVM: threads %d -> %d (%+.3f a host); resident memory %.0f -> %.0f MB (%+.3f MB a host);"
                        + " heap after GC %.0f -> %.0f MB (%+.3f MB a host)%n",
                threadsBefore, threads, (threads - threadsBefore) / (double) count, rssBefore / 1024.0, rss / 1024.0,
                (rss - rssBefore) / 1024.0 / count, heapBefore / 1048576.0, heap / 1048576.0,
                (heap - heapBefore) / 1048576.0 / count);
        return many;
    }

    @Override
    public void close() {
        long start = System.nanoTime();
        for (int i = hosts.size() - 1; i >= 0; i--) {
            hosts.get(i).close();
        }
        if (ownsNetwork) {
            network.close();
        }
        System.out.printf(Locale.ROOT, "  tear-down of %,d hosts: %.2f s%n", hosts.size(), (System.nanoTime() - start) / 1e9);
    }

    /** A line of /proc/self/status ("Threads", "VmRSS" in kB) as a number. */
    static long status(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.substring(key.length() + 1).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException("/proc/self/status has no " + key);
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
