/**
 * Leak accounting: what this JVM holds (threads, child processes, sockets and other descriptors, Unix
 * socket folders) before and after, and what is held on purpose ({@link io.netspec.leak.Held}).
 *
 * <p>May import: {@code core}, {@code ostable}, {@code socket}.
 */
package io.netspec.leak;
