/**
 * Strict IPv4/IPv6 parsing (never DNS), the classful view, the IANA special-purpose registries, port
 * ranges, the OS ephemeral range, and the one way to read and print an endpoint's address
 * ({@link io.netspec.address.HostPort}).
 *
 * <p>May import: {@code core}.
 */
package io.netspec.address;
