/**
 * Hosts, networks and routers: each host a network namespace of its own ({@code netns}), each network
 * netspec's own Ethernet switch over the hosts' TAP devices, so every frame between hosts passes
 * through {@link io.netspec.host.Switch} and its {@link io.netspec.packet.FrameTreatment}. Programs
 * run inside a host; endpoints stay in {@code socket} and are opened inside a host through
 * {@link io.netspec.socket.SocketPlace}. May import {@code launch} (how the JVM was started: rootless or not), {@code netns}, {@code packet}, {@code socket},
 * {@code address}, {@code text}; never {@code steps}.
 */
package io.netspec.host;
