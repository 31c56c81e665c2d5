package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.Captured;
import io.netspec.packet.GroupReports;
import io.netspec.text.Durations;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What multicast did on a network, as a scenario checks it: which hosts the switch forwarded a group's
 * frames to (its IGMP and MLD snooping at work), and a host's join in the network's capture.
 */
public final class MulticastChecks {
    private MulticastChecks() {
    }

    /**
     * Fails unless the switch of {@code network} forwarded frames to {@code group} to exactly the hosts of
     * {@code hosts} ("a, b"), waiting at most {@code wait} for frames still on their way; returns what it saw.
     */
    public static String forwardedOnly(Network network, String group, String hosts, Duration wait) {
        InetAddress g = MulticastSink.group(group).toInetAddress();
        Set<String> expected = new LinkedHashSet<>(Arrays.stream(hosts.split(",")).map(String::strip).toList());
        for (String host : expected) {
            if (!network.hosts().containsKey(host)) {
                throw ScenarioError.of("\"" + host + "\" is not on \"" + network.name() + "\"; expected host names"
                        + " of that network separated by commas, such as \"a, b\" (on it: "
                        + String.join(", ", network.hosts().keySet()) + ")");
            }
        }
        Set<String> seen = network.forwardedTo(g, expected, wait);
        String said = "the switch of \"" + network.name() + "\" forwarded frames to " + group + " to "
                + (seen.isEmpty() ? "no host" : "\"" + String.join(", ", seen) + "\"");
        if (!seen.equals(expected)) {
            throw ExpectationFailure.of("expected the network \"" + network.name() + "\" to forward the group " + group
                    + " to hosts \"" + String.join(", ", expected) + "\" only, but " + said + " (within "
                    + Durations.format(wait) + ")");
        }
        return said;
    }

    /**
     * The report with which {@code host} joined {@code group}, from the capture of {@code network}; fails
     * listing the reports it holds when there is none.
     */
    public static Captured joinCaptured(CaptureRing capture, String network, String host, String group) {
        IpAddress g = MulticastSink.group(group);
        List<Captured> frames = capture.frames();
        Optional<Captured> join = GroupReports.joining(frames, host, g.toInetAddress());
        return join.orElseThrow(() -> {
            List<String> reports = GroupReports.all(frames);
            return ExpectationFailure.of("expected the capture of \"" + network + "\" to show host \"" + host
                    + "\" joining the multicast group " + group + " (an IGMP or MLD report), but "
                    + (reports.isEmpty() ? "it holds no IGMP or MLD report" : "its reports are: "
                    + String.join("; ", reports.subList(0, Math.min(20, reports.size())))));
        });
    }
}
