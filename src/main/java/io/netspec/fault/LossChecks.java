package io.netspec.fault;

import io.netspec.core.Evidence;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.NetspecFailure;
import io.netspec.measure.Charts;
import io.netspec.measure.Loss;
import io.netspec.measure.Wilson;
import io.netspec.text.Percent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks of the loss a UDP sink saw behind its UDP links: within a range, consistent with a rate, and
 * every duplicate and reordering a link made counted. Each attaches its chart; {@code seedNote} gives
 * the end of a failure, how to replay the scenario's random choices (asked for only on failure).
 */
public final class LossChecks {
    private LossChecks() {
    }

    /** The impairment of the UDP links in front of a sink, for a chart's subtitle. */
    public static String linksInFront(String sink, List<UdpRelay> relays) {
        if (relays.isEmpty()) {
            return "no UDP link in front of \"" + sink + "\"";
        }
        return "through a UDP link that " + relays.stream().map(r -> r.settings().describe())
                .collect(Collectors.joining("; and one that "));
    }

    /** Fails unless the sink {@code name} lost between {@code low} and {@code high} of the datagrams. */
    public static void between(String name, Loss loss, List<UdpRelay> relays, Percent low, Percent high,
                               Supplier<String> seedNote, Evidence evidence) {
        evidence.attach("loss at \"" + name + "\" (chart)", "image/svg+xml", Charts.lossSvg(loss, linksInFront(name, relays),
                low.fraction(), high.fraction(), "allowed: " + low + " to " + high, null));
        if (loss.rate() < low.fraction() || loss.rate() > high.fraction()) {
            throw ExpectationFailure.expected("\"" + name + "\" to lose between " + low + " and " + high
                    + " of the datagrams", String.valueOf(loss.describe() + seedNote.get()));
        }
    }

    /** Fails unless {@code rate} lies in the Wilson score interval of the loss at {@code confidence}. */
    public static void consistent(String name, Loss loss, List<UdpRelay> relays, Percent rate, Percent confidence,
                                  Supplier<String> seedNote, Evidence evidence) {
        Wilson interval = loss.interval(confidence.fraction());
        evidence.attach("loss at \"" + name + "\" (Wilson score interval)", interval.describe());
        evidence.attach("loss at \"" + name + "\" (Wilson score interval, chart)", "image/svg+xml",
                Charts.lossSvg(loss, linksInFront(name, relays), interval.low(), interval.high(),
                        confidence + " Wilson score interval", rate.fraction()));
        if (!interval.contains(rate.fraction())) {
            throw ExpectationFailure.expected("the loss seen by \"" + name + "\" to be consistent with " + rate + " at "
                    + confidence + " confidence", interval.describe() + " leaves " + rate + " out" + seedNote.get());
        }
    }

    /**
     * Fails unless the sink {@code name} counted every duplicate the link {@code linkName} made and at least
     * its reorderings; a link set to neither, or set to one and making none, cannot show that.
     */
    public static void countedEvery(String name, String linkName, UdpRelay relay, Loss loss, Supplier<String> seedNote,
                                    Evidence evidence) {
        evidence.attach("UDP link \"" + linkName + "\"", relay.counts());
        long duplicated = relay.duplicatedTowardsTarget();
        long reordered = relay.reorderedTowardsTarget();
        boolean duplicates = relay.settings().duplicate() > 0;
        boolean reorders = relay.settings().reorder() > 0;
        if (!duplicates && !reorders) {
            throw NetspecFailure.of("the UDP link \"" + linkName + "\" is set to neither duplicate nor reorder"
                    + " datagrams, so there is nothing for \"" + name + "\" to count; add \"Given the UDP link \""
                    + linkName + "\" duplicates 2% of datagrams\" or \"… reorders 5% of datagrams\"");
        }
        // A link set to duplicate or reorder that made none would make this check pass without checking anything.
        List<String> idle = new ArrayList<>();
        if (duplicates && duplicated == 0) {
            idle.add("duplicated none");
        }
        if (reorders && reordered == 0) {
            idle.add("reordered none");
        }
        if (loss.duplicates() != duplicated || loss.reordered() < reordered || !idle.isEmpty()) {
            throw ExpectationFailure.expected("\"" + name + "\" to count the " + duplicated + " duplicates and at least"
                    + " the " + reordered + " reorderings \"" + linkName + "\" made", "it counted "
                    + loss.duplicates() + " duplicates and " + loss.reordered() + " out of order"
                    + (idle.isEmpty() ? "" : "; the link, set to " + relay.settings().describe() + ", "
                    + String.join(" and ", idle) + " (send more datagrams)") + seedNote.get());
        }
    }
}
