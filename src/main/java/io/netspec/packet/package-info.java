/**
 * What a network does to the frames that cross it, and what it shows of them: the seam with netspec's
 * switch ({@link io.netspec.packet.Crossing}, {@link io.netspec.packet.Delivery},
 * {@link io.netspec.packet.FrameTreatment}); {@link io.netspec.packet.NetworkTreatment}, the seeded
 * impairment (the UDP link's {@code impair.ImpairmentModel}), rate limit, deterministic drops and
 * capture; a scenario's faults between hosts ({@link io.netspec.packet.Faults}: the cuts every network
 * consults, {@link io.netspec.packet.CutRule}, outages and pulled cables, flaps, the resets of a
 * rejecting network) and their {@link io.netspec.packet.FaultTimeline}; the pcap format, a small frame
 * decoder (with IGMP and MLD reports, ARP probes and neighbour discovery), TCP connection analysis, the
 * packet table and the ladder diagram.
 *
 * <p>May import: {@code launch} (whether the run is rootless), {@code core}, {@code text}, {@code address}
 * (the one address printer), {@code impair} (the impairment model) and the JDK; never {@code fault}
 * (Toxiproxy's links put their changes on the timeline from there), never {@code host} (the switch depends on
 * this package, not the other way) and never {@code steps}.
 */
package io.netspec.packet;
