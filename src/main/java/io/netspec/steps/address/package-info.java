/**
 * Steps of addresses and ports: classify an address, check its class, traits and block, the address classes
 * and this machine's ports.
 *
 * <p>Outside: nothing; Cucumber finds these classes through the glue package {@code io.netspec.steps}.
 * Each step parses its phrase, looks names up in the scenario's {@code World} and calls capability code.
 * No other steps sub-package imports this one.
 *
 * <p>May import: {@code core}, {@code address}, {@code steps} (the World and the scenario's shared parts).
 */
package io.netspec.steps.address;
