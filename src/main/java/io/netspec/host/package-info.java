/**
 * Hosts, networks and routers: each host a network namespace of its own ({@code netns}), each network
 * netspec's own Ethernet switch over the hosts' TAP devices, so every frame between hosts passes
 * through {@link io.netspec.host.Switch} and its {@link io.netspec.packet.FrameTreatment}; the switch's
 * multicast decisions (IGMP and MLD snooping) in {@link io.netspec.host.GroupMembers}. Faults between
 * hosts by name ({@link io.netspec.host.Partitions}, {@link io.netspec.host.Outages}), checked against
 * the topology and its routes ({@link io.netspec.host.Directions}). Routers, also ones that translate
 * addresses ({@link io.netspec.host.Translator}, nftables inside the router); duplicate-address detection
 * ({@link io.netspec.host.AddressConflict}). Programs run inside a host, each in a PID
 * namespace of its own; endpoints stay in {@code socket}
 * and are opened inside a host through {@link io.netspec.socket.SocketPlace}. Hosts are made many at once
 * and cost no thread each; a switch reads all of its ports from one thread.
 *
 * <p>May import: {@code launch} (how the JVM was started: rootless or not), {@code core}, {@code text},
 * {@code address}, {@code netns}, {@code packet}, {@code socket}, {@code leak}; never {@code fault} (a
 * host's own Toxiproxy server, {@code fault.HostToxiproxy}, is one of the host's services) and never
 * {@code steps}.
 */
package io.netspec.host;
