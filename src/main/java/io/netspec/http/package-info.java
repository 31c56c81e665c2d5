/**
 * HTTP: WireMock stubs and an HTTP client with bounded timeouts whose outcomes are typed.
 *
 * <p>May import: {@code core}, {@code text}, {@code address}, {@code socket}, {@code measure},
 * {@code fault}, {@code leak}.
 */
package io.netspec.http;
