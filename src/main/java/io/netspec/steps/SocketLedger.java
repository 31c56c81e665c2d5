package io.netspec.steps;

import io.netspec.socket.Hosts;
import io.netspec.socket.ServerConnection;
import io.netspec.socket.StreamChecks;
import io.netspec.socket.StreamClient;
import io.netspec.socket.StreamServer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The scenario's sockets in the order the steps made them, so a hook can attach one transcript each
 * after the scenario (pass or fail). Injected into the socket step classes; holds no logic of its own.
 */
public final class SocketLedger {
    private final List<Supplier<String>> transcripts = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();

    private int crowds;

    public synchronized int nextCrowd() {
        return ++crowds;
    }

    public synchronized void add(String title, Supplier<String> transcript) {
        titles.add(title);
        transcripts.add(transcript);
    }

    public void client(String name, StreamClient client) {
        add("transcript of \"" + name + "\"", () -> clientTranscript(client));
    }

    public void server(String name, StreamServer server) {
        add("transcript of \"" + name + "\"", () -> serverTranscript(server));
    }

    public synchronized void attachAll(World world) {
        for (int i = 0; i < titles.size(); i++) {
            world.attach(titles.get(i), transcripts.get(i).get());
        }
    }

    public static String clientTranscript(StreamClient c) {
        List<Integer> reads = c.readSizes();
        return c.describe() + " → " + c.target().describe() + ", local " + Hosts.show(c.localAddress())
                + "\nsent " + c.bytesSent() + " bytes (" + c.sentDigest() + ")"
                + "\nreceived " + c.bytesReceived() + " bytes (" + c.receivedDigest() + ") in " + reads.size()
                + " reads: " + StreamChecks.readSizes(reads)
                + "\nsystem calls: " + String.join(", ", c.calls())
                + "\n\n" + c.transcript().text();
    }

    public static String serverTranscript(StreamServer s) {
        StringBuilder text = new StringBuilder(s.describe() + ", " + s.behaviour().describe() + " server\n");
        List<String> calls = s.calls();
        text.append("system calls: ").append(String.join(", ", calls.subList(0, Math.min(calls.size(), 24))))
                .append(calls.size() > 24 ? ", …" : "").append('\n');
        List<ServerConnection> all = s.connections();
        text.append(all.size()).append(" connection(s)\n");
        for (ServerConnection c : all.subList(0, Math.min(all.size(), 20))) {
            text.append("  ").append(c).append(": read ").append(c.describeRead()).append(", wrote ")
                    .append(c.bytesWritten()).append(" bytes, reads: ").append(StreamChecks.readSizes(c.readSizes()))
                    .append(c.peerHasClosed() ? ", peer closed" : "").append('\n');
        }
        if (all.size() > 20) {
            text.append("  … and ").append(all.size() - 20).append(" more\n");
        }
        return text.append('\n').append(s.path().text()).toString();
    }
}
