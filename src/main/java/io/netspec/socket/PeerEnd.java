package io.netspec.socket;

/**
 * How the peer's side of a stream connection stands, as the client saw it from its own reads: still
 * open, closed cleanly (a read returned end of stream: FIN), or reset (a read failed: RST or another
 * error of the connection).
 */
public enum PeerEnd {
    OPEN("still open"),
    CLOSED("closed cleanly (end of stream)"),
    RESET("reset");

    private final String words;

    PeerEnd(String words) {
        this.words = words;
    }

    /** How messages say it: "still open", "closed cleanly (end of stream)", "reset". */
    public String words() {
        return words;
    }
}
