package io.netspec.socket;

/**
 * How the peer's side of a stream connection stands, as the client saw it from its own reads: still
 * open, closed cleanly (a read returned end of stream: FIN), or reset (a read failed: RST or another
 * error of the connection).
 */
public enum PeerEnd {
    OPEN,
    CLOSED,
    RESET
}
