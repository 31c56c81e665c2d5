package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/** A Unix-domain stream client: {@code UnixClient.connect("carol", server, Duration.ofSeconds(2))}. */
public final class UnixClient extends StreamClient {
    private UnixClient(String name, Target target, SocketChannel channel, Duration timeout) {
        super(name, target, channel, null, timeout);
    }

    public static UnixClient connect(String name, Target target, Duration timeout) {
        if (!(target.address() instanceof UnixDomainSocketAddress)) {
            throw ScenarioError.of("a Unix-domain client cannot connect to " + target.describe()
                    + ", which is not a socket path; use a TCP client for host:port");
        }
        try {
            return new UnixClient(name, target, SocketChannel.open(StandardProtocolFamily.UNIX), timeout);
        } catch (IOException e) {
            throw NetspecFailure.of("could not open a Unix-domain socket for \"" + name + "\": " + e.getMessage(), e);
        }
    }

    @Override
    public UnixClient checkedWith(StreamCheck check) {
        super.checkedWith(check);
        return this;
    }
}
