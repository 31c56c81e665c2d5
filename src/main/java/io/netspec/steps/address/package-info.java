/**
 * Steps of addresses and ports: classify an address, check its class, traits and block, the address classes
 * and this machine's ports; each body calls one check of {@code io.netspec.address.AddressChecks}.
 *
 * <p>Outside: nothing; Cucumber finds these classes through the glue package {@code io.netspec.steps}.
 * Each step parses its phrase, looks names up in the scenario's {@code World} and calls one method of
 * capability code. No other steps sub-package imports this one.
 *
 * <p>May import: {@code address}, {@code steps} (the World and the scenario's shared parts).
 */
package io.netspec.steps.address;
