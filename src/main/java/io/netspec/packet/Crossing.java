package io.netspec.packet;

/** One Ethernet frame crossing a network: the switch port (host name) it came in on, the port the
 *  switch will deliver it to (null when it floods it: broadcast, multicast or unknown MAC), the
 *  frame's bytes (a copy owned by the crossing, no padding, no FCS) and System.nanoTime() when read. */
public record Crossing(String from, String to, byte[] frame, long receivedNanos) { }
