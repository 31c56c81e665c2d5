/**
 * The test JVM's start on Linux: a Java agent ({@link io.netspec.launch.Launcher}, named by
 * {@code -javaagent:} in the test JVM's arguments) that re-launches an unprivileged JVM, before anything
 * else runs in it, inside a user namespace of its own in which the user holds the capabilities hosts need,
 * keeping its process id, standard streams, environment and network namespace; and the diagnosis of
 * what stands in the way where that cannot be done ({@link io.netspec.launch.Blocker}), decided from
 * state read under a root folder that tests can replace. It lives alone in the launcher jar, so it knows
 * nothing of the rest of netspec.
 *
 * <p>May import: nothing of netspec (the JDK and JNA only). {@code host} imports it.
 */
package io.netspec.launch;
