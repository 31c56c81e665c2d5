/**
 * Steps of hosts: networks, hosts and routers, programs on hosts, reachability and paths, translation,
 * multicast and address conflicts, and the hooks that skip a scenario where hosts cannot run and attach the
 * topology.
 *
 * <p>Outside: nothing; Cucumber finds these classes through the glue package {@code io.netspec.steps}.
 * Each step parses its phrase, looks names up in the scenario's {@code World} and calls one method of
 * capability code. No other steps sub-package imports this one.
 *
 * <p>May import: {@code core}, {@code text}, {@code address}, {@code netns}, {@code socket}, {@code packet},
 * {@code host}, {@code steps} (the World and the scenario's shared parts).
 */
package io.netspec.steps.host;
