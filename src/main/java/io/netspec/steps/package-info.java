/**
 * The top layer: thin Cucumber glue. Each step parses its phrase, looks names up in the scenario's
 * {@code World} and calls one method of capability code, in a body of at most five lines; waits, loops
 * and cross-checks live in the capability packages (ThinStepsTest checks both from the sources).
 *
 * <p>Outside: this package, the glue package a runner names ({@code io.netspec.steps}; Cucumber scans its
 * sub-packages too): the {@code World} a step class of one's own receives in its constructor
 * (PicoContainer makes one per scenario), the parameter types, the hooks that begin and end a scenario,
 * and the scenario-scoped parts the step classes share ({@code HostLab}, {@code PacketLab},
 * {@code FaultLab}, {@code SocketLedger}, {@code EndpointOpening}, {@code Measurements}, {@code UdpLinks},
 * {@code ScenarioTls}).
 *
 * <p>Inside: the step classes, one sub-package per capability ({@code address}, {@code socket},
 * {@code host}, {@code packet}, {@code fault}, {@code http}, {@code mail}, {@code measure}); each imports
 * this package and capability code, never another steps sub-package.
 *
 * <p>May import: {@code core}, {@code text}, {@code address}, {@code netns}, {@code ostable}, {@code socket},
 * {@code leak}, {@code measure}, {@code impair}, {@code fault}, {@code packet}, {@code http}, {@code mail},
 * {@code host}, {@code report}; never {@code shard}. No package imports it.
 */
package io.netspec.steps;
