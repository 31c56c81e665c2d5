package io.netspec.packet;

/** The one place where a network treats every frame that crosses it: impairment (loss, delay,
 *  jitter, duplication, reordering, rate limit, deterministic drops) and capture. The switch calls
 *  treat() for every frame it read, from its port reader threads; the treatment calls
 *  delivery.deliver(...) now or later, zero or more times. close() stops its threads (joined within
 *  a bound) and drops what it still holds. */
public interface FrameTreatment extends AutoCloseable {
    void treat(Crossing crossing, Delivery delivery);
    @Override void close();
    /** Passes every frame on at once, untouched. */
    FrameTreatment NONE = new FrameTreatment() {
        @Override public void treat(Crossing c, Delivery d) { d.deliver(c); }
        @Override public void close() { }
    };
}
