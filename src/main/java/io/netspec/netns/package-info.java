/**
 * The bottom layer for hosts: hold a Linux network namespace by its file descriptor, run a piece of
 * code on a thread inside it, open a TAP device there, and make the few system calls that need a
 * namespace's own view (an ICMP echo, a connect whose errno matters, an ARP probe through an AF_PACKET
 * socket). Knows nothing of hosts or networks.
 *
 * <p>May import: {@code core} (its failure roles), the JDK and JNA.
 */
package io.netspec.netns;
