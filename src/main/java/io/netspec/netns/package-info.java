/**
 * The bottom layer for hosts: hold a Linux network namespace by its file descriptor, run work inside it
 * on shared workers that enter it on demand and go back ({@link io.netspec.netns.Namespace}), start
 * processes inside it from one long-lived thread, make many namespaces at once, open TAP devices there
 * and wait for frames on many of them at once ({@link io.netspec.netns.TapPoller}), change interfaces,
 * addresses and routes through rtnetlink ({@link io.netspec.netns.LinkChanges}), and make the few
 * system calls that need a namespace's own view (ICMP echoes, one or many at once, a connect whose errno
 * matters, an ARP probe through an AF_PACKET socket), and ask the scheduler for a short time slice for a
 * thread that must act soon after it wakes ({@link io.netspec.netns.ShortSlice}). Knows nothing of hosts or networks.
 *
 * <p>May import: {@code core} (its failure roles), {@code address} (addresses in the words of changes);
 * besides netspec, the JDK and JNA.
 */
package io.netspec.netns;
