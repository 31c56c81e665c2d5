package io.netspec.host;

import io.netspec.core.ExpectationFailure;
import io.netspec.netns.EchoSweep;
import io.netspec.netns.Probes;
import io.netspec.text.Durations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Whether many hosts reach an address, or one host reaches many: an ICMP echo for each pair, all sent at
 * once and awaited together ({@link EchoSweep}), so a hundred hosts cost one wait, not a hundred. Every
 * pair that did not do as expected is listed (the first {@link #LISTED}, then how many more).
 * <p>Where every pair should be answered, an echo that came back "destination unreachable" is sent again
 * while the wait lasts, as ping goes on sending: a kernel says so when its address requests went
 * unanswered, and two hundred hosts asking for one address at once on a busy machine can lose some of
 * them (the kernel's own backlog of incoming frames overflows). Where none should be, one echo each
 * decides, as before.
 */
public final class Reachability {
    static final int LISTED = 20;

    /** Where an echo goes: an address, named as the scenario names it. */
    public record Target(String name, InetAddress address) {
        public static Target of(InetAddress address) {
            return new Target(address.getHostAddress(), address);
        }

        /** A host's first address of IPv4, else its first. */
        public static Target of(Host host) {
            InetAddress address = host.address(4);
            return new Target("\"" + host.name() + "\" (" + address.getHostAddress() + ")", address);
        }
    }

    private Reachability() {
    }

    /**
     * Sends an echo from each host of {@code from} to each target of {@code to} and checks that every one
     * is answered ({@code reach}) or that none is, within {@code wait}; {@code sequences} gives the first
     * of as many echo sequence numbers as there are pairs. Returns what was seen, for the log.
     */
    public static String expect(boolean reach, List<Host> from, List<Target> to, Duration wait, IntUnaryOperator sequences) {
        List<EchoSweep.Probe> probes = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (Host h : from) {
            for (Target t : to) {
                probes.add(new EchoSweep.Probe(h.namespace(), t.address()));
                pairs.add("from \"" + h.name() + "\" to " + t.name());
            }
        }
        List<Probes.Answer> answers = sweep(reach, probes, wait, sequences, from.size());
        List<String> wrong = new ArrayList<>();
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Probes.Answer a = answers.get(i);
            boolean reached = a != null && a.kind() == Probes.Kind.REACHED;
            if (reached) {
                times.add(a.took());
            }
            if (reached != reach) {
                wrong.add(pairs.get(i) + ": " + (reached ? "answered in " + Durations.format(a.took()) : why(a)));
            }
        }
        String echoes = probes.size() + (probes.size() == 1 ? " ICMP echo " : " ICMP echoes ") + "from "
                + HostNames.describe(from.stream().map(Host::name).toList()) + " to "
                + (to.size() == 1 ? to.get(0).name() : to.size() + " addresses");
        if (!wrong.isEmpty()) {
            throw ExpectationFailure.of("expected " + (reach ? "every one of " : "none of ") + echoes + " to be answered within "
                    + Durations.format(wait) + ", but " + wrong.size() + (reach ? " were not" : " were") + ":\n  "
                    + String.join("\n  ", wrong.subList(0, Math.min(LISTED, wrong.size())))
                    + (wrong.size() > LISTED ? "\n  and " + (wrong.size() - LISTED) + " more" : ""));
        }
        return reach ? echoes + ": every one answered, " + spread(times) : echoes + ": none answered within " + Durations.format(wait);
    }

    /** Each probe's answer; with {@code again}, the unreachable ones sent again until answered or the wait is over. */
    private static List<Probes.Answer> sweep(boolean again, List<EchoSweep.Probe> probes, Duration wait,
                                             IntUnaryOperator sequences, int hosts) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<Probes.Answer> answers = new ArrayList<>(Collections.nCopies(probes.size(), null));
        List<Integer> pending = new ArrayList<>(IntStream.range(0, probes.size()).boxed().toList());
        Duration left = wait;
        while (!pending.isEmpty() && !left.isNegative() && !left.isZero()) {
            List<Probes.Answer> round;
            try {
                round = EchoSweep.run(pending.stream().map(probes::get).toList(), sequences.applyAsInt(pending.size()), left);
            } catch (IOException e) {
                throw new UncheckedIOException("ICMP echoes from " + hosts + " hosts failed: " + e.getMessage(), e);
            }
            List<Integer> unreachable = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                if (round.get(i) != null) {  // a retry that ran out of time keeps what the kernel said before
                    answers.set(pending.get(i), round.get(i));
                }
                if (round.get(i) != null && round.get(i).kind() == Probes.Kind.UNREACHABLE) {
                    unreachable.add(pending.get(i));
                }
            }
            pending = again ? unreachable : List.of();
            left = Duration.ofNanos(deadline - System.nanoTime());
        }
        return answers;
    }

    private static String why(Probes.Answer a) {
        if (a == null) {
            return "no answer";
        }
        return switch (a.kind()) {
            case NOT_SENT -> "not sent: " + a.osWords();
            case UNREACHABLE -> "destination unreachable, said " + a.from().getHostAddress();
            case TIME_EXCEEDED -> "time exceeded, said " + a.from().getHostAddress();
            case REACHED -> "answered";
        };
    }

    /** The round trips' range and median. */
    private static String spread(List<Duration> times) {
        List<Long> nanos = times.stream().map(Duration::toNanos).sorted().toList();
        return String.format(Locale.ROOT, "round trips %.3f to %.3f ms, median %.3f ms", nanos.get(0) / 1e6,
                nanos.get(nanos.size() - 1) / 1e6, nanos.get(nanos.size() / 2) / 1e6);
    }
}
