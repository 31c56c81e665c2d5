/**
 * Steps of faults: Toxiproxy links and their toxics, UDP links, partitions, outages and cables, and the
 * hooks that attach the links' settings and the fault timeline.
 *
 * <p>Outside: nothing; Cucumber finds these classes through the glue package {@code io.netspec.steps}.
 * Each step parses its phrase, looks names up in the scenario's {@code World} and calls one method of
 * capability code. No other steps sub-package imports this one.
 *
 * <p>May import: {@code core}, {@code text}, {@code socket}, {@code impair}, {@code fault}, {@code packet},
 * {@code host}, {@code steps} (the World and the scenario's shared parts).
 */
package io.netspec.steps.fault;
