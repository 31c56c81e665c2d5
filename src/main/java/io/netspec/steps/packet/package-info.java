/**
 * Steps of packets: what networks do to frames (drops, impairments), what their captures show of TCP, what
 * UDP sinks missed across a network, and the hook that attaches every capture.
 *
 * <p>Outside: nothing; Cucumber finds these classes through the glue package {@code io.netspec.steps}.
 * Each step parses its phrase, looks names up in the scenario's {@code World} and calls one method of
 * capability code. No other steps sub-package imports this one.
 *
 * <p>May import: {@code core}, {@code text}, {@code socket}, {@code measure}, {@code impair}, {@code packet},
 * {@code host}, {@code steps} (the World and the scenario's shared parts).
 */
package io.netspec.steps.packet;
