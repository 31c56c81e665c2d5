/**
 * Faults: the Toxiproxy server and its links (TCP), the seeded UDP impairment relay, and the clients
 * that cope with faults (retrying, reliable delivery).
 *
 * <p>May import: {@code core}, {@code text}, {@code address}, {@code ostable}, {@code socket},
 * {@code measure}, {@code leak}, {@code impair} (the UDP link's impairment), {@code packet} (a link's
 * changes on the fault timeline), {@code host} (a host's own Toxiproxy server).
 */
package io.netspec.fault;
