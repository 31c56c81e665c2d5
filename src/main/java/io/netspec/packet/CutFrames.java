package io.netspec.packet;

/**
 * Where a network's treatment hands every frame to the scenario's {@link Cuts} first: a frame they cut
 * is captured as dropped with the reason and goes no further (no impairment, no random choice, no
 * deterministic drop sees it); a SYN that a reject rule matches is answered with a {@link ResetSegment}
 * sent back to the port the SYN came in on, captured as made by netspec.
 */
final class CutFrames {
    private final String network;
    private final Cuts cuts;
    private final CaptureRing capture;

    CutFrames(String network, Cuts cuts, CaptureRing capture) {
        this.network = network;
        this.cuts = cuts;
        this.capture = capture;
    }

    /** Whether the cuts took {@code crossing} (read as {@code packet}); if so it is captured and answered here. */
    boolean took(Crossing crossing, Packet packet, Delivery delivery) {
        Cuts.Verdict verdict = cuts.judge(network, crossing, packet);
        if (verdict == null) {
            return false;
        }
        if (capture != null) {
            capture.add(new Captured(crossing.receivedNanos(), crossing.from(), crossing.to(), crossing.frame(), packet,
                    Fate.DROPPED, verdict.why()));
        }
        if (verdict.reject()) {
            byte[] reset = ResetSegment.answering(crossing.frame(), packet);
            Crossing back = new Crossing(crossing.to() == null ? crossing.from() : crossing.to(), crossing.from(), reset,
                    System.nanoTime());
            if (capture != null) {
                capture.add(new Captured(back.receivedNanos(), back.from(), back.to(), reset, PacketDecoder.decode(reset),
                        Fate.PASSED, "made by netspec: " + verdict.rule().words()));
            }
            delivery.deliver(back);
        }
        return true;
    }
}
