package io.netspec.host;

import io.netspec.netns.Probes;
import io.netspec.text.Durations;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * The routers on the path from a host to an address, found as traceroute finds them: ICMP echo
 * requests with hop limits 1, 2, 3, ..., each answered by the router where its limit ran out ("time
 * exceeded"), until the address itself answers, a "destination unreachable" comes, the host's own
 * kernel will not send (no route), or {@link #MAX_HOPS} were tried. Every answer is the kernels' own.
 */
public record PathTrace(InetAddress to, List<Optional<Probes.Answer>> hops) {
    public static final int MAX_HOPS = 8;

    public PathTrace {
        hops = List.copyOf(hops);
    }

    /** Traces from {@code from}, waiting at most {@code perHop} for each answer. */
    public static PathTrace of(Host from, InetAddress to, IntSupplier sequence, Duration perHop) {
        List<Optional<Probes.Answer>> hops = new ArrayList<>();
        for (int limit = 1; limit <= MAX_HOPS; limit++) {
            Optional<Probes.Answer> answer = from.probe(to, sequence.getAsInt(), limit, perHop);
            hops.add(answer);
            if (answer.isPresent() && answer.get().kind() != Probes.Kind.TIME_EXCEEDED) {
                break;
            }
        }
        return new PathTrace(to, hops);
    }

    /** Whether the address itself answered. */
    public boolean reached() {
        return !hops.isEmpty() && hops.get(hops.size() - 1).map(a -> a.kind() == Probes.Kind.REACHED).orElse(false);
    }

    /** The hops before the last answer: who said "time exceeded" at each (empty where nobody answered). */
    public List<Optional<InetAddress>> routers() {
        List<Optional<InetAddress>> routers = new ArrayList<>();
        for (Optional<Probes.Answer> hop : hops) {
            if (hop.isPresent() && hop.get().kind() != Probes.Kind.TIME_EXCEEDED) {
                break;
            }
            routers.add(hop.map(Probes.Answer::from));
        }
        return routers;
    }

    /**
     * How the trace ended, after the routers: "reached 10.0.0.5", "router \"gw\" answered that 10.9.9.9
     * is unreachable", "the host's kernel would not send to it: Network is unreachable (errno 101)",
     * or no answer within {@link #MAX_HOPS} hops; {@code names} names an address.
     */
    public String ending(Function<InetAddress, String> names) {
        String target = to.getHostAddress();
        Optional<Probes.Answer> last = hops.isEmpty() ? Optional.empty() : hops.get(hops.size() - 1);
        if (last.isEmpty()) {
            return target + " did not answer within " + MAX_HOPS + " hops";
        }
        Probes.Answer a = last.get();
        return switch (a.kind()) {
            case REACHED -> "reached " + target;
            case UNREACHABLE -> names.apply(a.from()) + " (" + a.from().getHostAddress() + ") answered that "
                    + target + " is unreachable";
            case NOT_SENT -> "the host's own kernel would not send to " + target + ": " + a.osWords();
            case TIME_EXCEEDED -> target + " did not answer within " + MAX_HOPS + " hops";
        };
    }

    /** One line per hop, as traceroute prints it, with {@code names} naming each address. */
    public String describe(Function<InetAddress, String> names) {
        StringBuilder text = new StringBuilder("path to " + to.getHostAddress() + "\n");
        for (int i = 0; i < hops.size(); i++) {
            text.append(String.format("%2d  ", i + 1));
            Optional<Probes.Answer> hop = hops.get(i);
            if (hop.isEmpty()) {
                text.append("no answer\n");
                continue;
            }
            Probes.Answer a = hop.get();
            if (a.kind() == Probes.Kind.NOT_SENT) {
                text.append("not sent: ").append(a.osWords()).append('\n');
                continue;
            }
            text.append(a.from().getHostAddress()).append(" (").append(names.apply(a.from())).append("): ")
                    .append(switch (a.kind()) {
                        case REACHED -> "echo reply";
                        case TIME_EXCEEDED -> "time exceeded";
                        case UNREACHABLE -> "destination unreachable";
                        case NOT_SENT -> "not sent";
                    }).append(", ").append(Durations.format(a.took())).append('\n');
        }
        return text.toString();
    }
}
