package io.netspec.packet;

/** Hands a frame back to the switch, which writes it to its egress port (or floods it).
 *  Thread-safe; may be called from any thread, any number of times (0 = dropped, 2 = duplicated). */
@FunctionalInterface
public interface Delivery { void deliver(Crossing crossing); }
