package io.netspec.http;

import java.time.Duration;
import java.util.Optional;

/** When one request's TLS handshake began (its ClientHello) and finished, as its engine saw it. */
final class HandshakeClock {
    private long began;
    private long finished;

    synchronized void begin() {
        if (began == 0) {
            began = System.nanoTime();
        }
    }

    synchronized void finish() {
        if (began != 0 && finished == 0) {
            finished = System.nanoTime();
        }
    }

    /** The handshake's own time, if it finished. */
    synchronized Optional<Duration> took() {
        return finished == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(finished - began));
    }

    /** How long the handshake had run when asked, if it began and never finished. */
    synchronized Optional<Duration> unfinishedAfter() {
        return began == 0 || finished != 0 ? Optional.empty() : Optional.of(Duration.ofNanos(System.nanoTime() - began));
    }
}
