/**
 * TCP, UDP and Unix-domain servers and clients: small {@code AutoCloseable} classes, loopback and port 0
 * by default, every blocking call bounded. A stream client is built from parts of one job each
 * ({@code Dialer}, {@code Sender}, {@code Inbox}, {@code StreamLedger}, {@code CallLog}); a stream server
 * from {@code ServerLoop}, {@code AcceptedConnections} and {@code LinkMatching}.
 *
 * <p>May import: {@code core}, {@code text}, {@code address}.
 */
package io.netspec.socket;
