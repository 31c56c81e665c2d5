package io.netspec.mail;

import io.netspec.socket.SocketPlace;
import io.netspec.socket.Transcript;
import io.netspec.text.Payload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One non-blocking TCP connection that speaks in lines, where every connect, write and read waits on
 * a selector with a deadline, so no stage of a dialogue can block longer than its bound.
 */
final class SmtpConnection implements AutoCloseable {
    private static final int MAX_LINE = 4096;
    private static final int MAX_LINES = 100;

    private final SocketChannel channel;
    private final Selector selector;
    private final Transcript transcript;
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private SmtpConnection(SocketChannel channel, Selector selector, Transcript transcript) {
        this.channel = channel;
        this.selector = selector;
        this.transcript = transcript;
        in.flip();
    }

    /** The server closed its side before the reply was whole. */
    static final class PeerClosed extends IOException {
        private static final long serialVersionUID = 1L;

        PeerClosed(String message) {
            super(message);
        }
    }

    static SmtpConnection open(InetSocketAddress address, Duration timeout, Transcript transcript, SocketPlace place)
            throws IOException {
        Selector selector = Selector.open();
        SocketChannel channel = null;
        try {
            channel = place.open(SocketChannel::open);
            channel.configureBlocking(false);
            transcript.event("connect(" + address.getHostString() + ":" + address.getPort() + ")");
            if (!channel.connect(address)) {
                channel.register(selector, SelectionKey.OP_CONNECT);
                long deadline = System.nanoTime() + timeout.toNanos();
                while (!channel.finishConnect()) {
                    await(selector, deadline, "no connection within " + timeout.toMillis() + " ms");
                }
            }
            InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
            transcript.event("connected from " + local.getHostString() + ":" + local.getPort());
            return new SmtpConnection(channel, selector, transcript);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            selector.close();
            throw e;
        }
    }

    /** Sends one command line and reads the reply. */
    SmtpReply command(String command, Duration timeout) throws IOException {
        write((command + "\r\n").getBytes(StandardCharsets.UTF_8), timeout, null);
        return reply(timeout);
    }

    /** Writes all of {@code bytes} within {@code timeout}; {@code summary} replaces them in the transcript when given. */
    void write(byte[] bytes, Duration timeout, String summary) throws IOException {
        transcript.event("C: " + (summary != null ? summary : Payload.printable(bytes)));
        ByteBuffer out = ByteBuffer.wrap(bytes);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (out.hasRemaining()) {
            if (channel.write(out) == 0) {
                channel.register(selector, SelectionKey.OP_WRITE);
                await(selector, deadline, "wrote " + out.position() + " of " + bytes.length + " bytes within "
                        + timeout.toMillis() + " ms; the rest was not taken");
            }
        }
    }

    /** Reads one reply (all its lines) within {@code timeout}. */
    SmtpReply reply(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> lines = new ArrayList<>();
        while (true) {
            String l = readLine(deadline, timeout, lines);
            lines.add(l);
            transcript.event("S: " + l);
            boolean more = l.length() > 3 && l.charAt(3) == '-' && lines.size() < MAX_LINES;
            if (!more) {
                return new SmtpReply(lines);
            }
        }
    }

    private String readLine(long deadline, Duration timeout, List<String> before) throws IOException {
        line.reset();
        while (true) {
            while (in.hasRemaining()) {
                byte b = in.get();
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, end, StandardCharsets.UTF_8);
                }
                line.write(b);
                if (line.size() > MAX_LINE) {
                    return Payload.printable(line.toByteArray());
                }
            }
            in.clear();
            int n = channel.read(in);
            in.flip();
            if (n < 0) {
                throw new PeerClosed("the server closed the connection" + partial(before));
            }
            if (n == 0) {
                channel.register(selector, SelectionKey.OP_READ);
                await(selector, deadline, "no whole reply within " + timeout.toMillis() + " ms" + partial(before));
            }
        }
    }

    private String partial(List<String> before) {
        if (line.size() == 0 && before.isEmpty()) {
            return "";
        }
        return "; it had sent " + (before.isEmpty() ? "" : before + " and ") + "\"" + Payload.printable(line.toByteArray()) + "\"";
    }

    private static void await(Selector selector, long deadline, String timedOut) throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0 || selector.select(Math.max(1, left / 1_000_000)) == 0 && System.nanoTime() >= deadline) {
            throw new SmtpClient.StageTimeout(timedOut);
        }
        selector.selectedKeys().clear();
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            selector.close();
        }
        transcript.event("close()");
    }
}
