/**
 * TCP, UDP and Unix-domain servers and clients: small {@code AutoCloseable} classes, loopback and port 0
 * by default, every blocking call bounded. A stream client is built from parts of one job each
 * ({@code Dialer}, {@code Sender}, {@code Inbox}, {@code StreamLedger}, {@code CallLog}); a stream server
 * from {@code ServerLoop}, {@code AcceptedConnections} and {@code LinkMatching}, which note their system calls
 * in {@code ServerEvents}: each part is given what it needs, never the server that holds it.
 *
 * <p>Outside and inside: the public types (listed with their members in api/netspec-api.txt, which
 * {@code PublicApiTest} checks) are what other packages and library users call; the parts above, and the
 * behaviours a server is built with ({@code Behaviours}), are package-private.
 *
 * <p>May import: {@code core}, {@code text}, {@code address}.
 */
package io.netspec.socket;
