package io.netspec.socket;

import io.netspec.core.ScenarioError;
import io.netspec.text.Payload;
import io.netspec.text.Size;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The stream-server behaviours netspec ships. */
final class Behaviours {
    private Behaviours() {
    }

    /** Writes back every byte it reads, in order. */
    public static Behaviour echo() {
        return new Discarding("echo") {
            @Override
            public void data(ServerConnection c, ByteBuffer data) throws IOException {
                byte[] copy = new byte[data.remaining()];
                data.get(copy);
                c.write(copy);
            }
        };
    }

    /** Reads everything and answers nothing; the connection counts what arrived and keeps its digest. */
    public static Behaviour sink() {
        return new Discarding("sink");
    }

    /**
     * Answers each request with its reply. Requests are matched at the start of what has arrived;
     * bytes that cannot begin any request are dropped (and visible in the connection's read log).
     */
    public static Behaviour replies(Map<byte[], byte[]> script) {
        Map<byte[], byte[]> copy = new LinkedHashMap<>(script);
        if (copy.isEmpty() || copy.keySet().stream().anyMatch(k -> k.length == 0)) {
            throw ScenarioError.of("a reply script needs at least one request, and no request may be empty");
        }
        StringBuilder description = new StringBuilder("reply");
        copy.forEach((k, v) -> description.append(' ').append(Payload.printable(v)).append(" to ").append(Payload.printable(k)));
        return new Discarding(description.toString()) {
            @Override
            public void data(ServerConnection c, ByteBuffer data) throws IOException {
                ByteArrayOutputStream buffer = c.state(ByteArrayOutputStream::new);
                byte[] chunk = new byte[data.remaining()];
                data.get(chunk);
                buffer.writeBytes(chunk);
                byte[] all = buffer.toByteArray();
                int at = 0;
                while (at < all.length) {
                    byte[] rest = Arrays.copyOfRange(all, at, all.length);
                    Map.Entry<byte[], byte[]> match = copy.entrySet().stream()
                            .filter(e -> startsWith(rest, e.getKey())).findFirst().orElse(null);
                    if (match != null) {
                        c.write(match.getValue());
                        at += match.getKey().length;
                    } else if (copy.keySet().stream().anyMatch(k -> startsWith(k, rest))) {
                        break;
                    } else {
                        at++;
                    }
                }
                buffer.reset();
                buffer.write(all, at, all.length - at);
            }
        };
    }

    /** Accepts, then closes at once without reading or writing a byte. */
    public static Behaviour closeAtOnce() {
        return new Discarding("close at once") {
            @Override
            public void accepted(ServerConnection c) {
                c.close("close() straight after accept()");
            }
        };
    }

    /** Accepts, then never reads and never answers; the connection stays open until the server stops. */
    public static Behaviour neverAnswer() {
        return new Discarding("never answer") {
            @Override
            public void accepted(ServerConnection c) {
                c.stopReading();
            }

            @Override
            public void endOfStream(ServerConnection c) {
                c.close("close() after the peer closed, without ever answering");
            }
        };
    }

    /** Reads exactly {@code limit} (never more), then closes in the middle of the transfer. */
    public static Behaviour closeAfter(Size limit) {
        return new Discarding("close after " + limit) {
            @Override
            public long readAtMost(ServerConnection c) {
                return limit.bytes() - c.bytesRead();
            }

            @Override
            public void data(ServerConnection c, ByteBuffer data) {
                data.position(data.limit());
                if (c.bytesRead() >= limit.bytes()) {
                    c.close("close() after reading " + c.bytesRead() + " bytes (limit " + limit + ")");
                }
            }
        };
    }

    /** A behaviour under a fixed description that drops what it reads; the others override what differs. */
    private static class Discarding implements Behaviour {
        private final String description;

        Discarding(String description) {
            this.description = description;
        }

        @Override
        public void data(ServerConnection c, ByteBuffer data) throws IOException {
            data.position(data.limit());
        }

        @Override
        public String describe() {
            return description;
        }
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (prefix.length > bytes.length) {
            return false;
        }
        return Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
