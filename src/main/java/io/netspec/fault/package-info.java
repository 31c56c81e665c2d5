/**
 * Faults: the Toxiproxy server and its links (TCP), the seeded UDP impairment relay, and the clients
 * that cope with faults (retrying, reliable delivery).
 *
 * <p>May import: {@code core}, {@code text}, {@code address}, {@code ostable}, {@code socket},
 * {@code measure}, {@code leak}.
 */
package io.netspec.fault;
