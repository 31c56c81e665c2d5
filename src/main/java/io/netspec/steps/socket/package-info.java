/**
 * Steps of sockets: TCP and UDP servers and clients, Unix-domain sockets, byte streams, replies, the OS
 * socket table and the kernel's counters, and the hook that attaches transcripts. The checks they call live
 * in {@code io.netspec.socket} and {@code io.netspec.ostable}.
 *
 * <p>Outside: nothing; Cucumber finds these classes through the glue package {@code io.netspec.steps}.
 * Each step parses its phrase, looks names up in the scenario's {@code World} and calls one method of
 * capability code. No other steps sub-package imports this one.
 *
 * <p>May import: {@code core}, {@code text}, {@code address}, {@code ostable}, {@code socket},
 * {@code measure}, {@code fault}, {@code host}, {@code steps} (the World and the scenario's shared parts).
 */
package io.netspec.steps.socket;
