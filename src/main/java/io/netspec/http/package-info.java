/**
 * HTTP: WireMock stubs and an HTTP client with bounded timeouts whose outcomes are typed.
 *
 * <p>May import: {@code core}, {@code text}, {@code socket}, {@code leak}.
 */
package io.netspec.http;
