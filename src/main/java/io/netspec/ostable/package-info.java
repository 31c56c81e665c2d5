/**
 * The OS socket table (what {@code netstat -an}, {@code ss} and {@code lsof -i} show), read from /proc/net.
 *
 * <p>May import: {@code core}, {@code text}, {@code address}.
 */
package io.netspec.ostable;
