package io.netspec.ostable;

import io.netspec.core.ScenarioError;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Parses the kernel's socket tables. Addresses are hex in the kernel's byte order: each 32-bit word
 * is little-endian on x86 and most other machines, ports are big-endian hex.
 */
final class ProcNet {
    private ProcNet() {
    }

    /** The lines of /proc/net/tcp, tcp6, udp or udp6 (header included) as entries. */
    public static List<InetSocketEntry> parseInet(String protocol, List<String> lines) {
        List<InetSocketEntry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length < 10) {
                throw malformed(protocol, i, line, "fewer than 10 fields");
            }
            try {
                String[] queues = f[4].split(":");
                entries.add(new InetSocketEntry(protocol, endpoint(f[1]), endpoint(f[2]), SocketState.ofHex(f[3]),
                        Long.parseLong(queues[0], 16), Long.parseLong(queues[1], 16), Integer.parseInt(f[7]),
                        Long.parseLong(f[9])));
            } catch (RuntimeException e) {
                throw malformed(protocol, i, line, e.getMessage());
            }
        }
        return entries;
    }

    /** The lines of /proc/net/unix (header included) as entries. */
    public static List<UnixSocketEntry> parseUnix(List<String> lines) {
        List<UnixSocketEntry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+", 8);
            if (f.length < 7) {
                throw malformed("unix", i, line, "fewer than 7 fields");
            }
            try {
                int flags = Integer.parseInt(f[3], 16);
                entries.add(new UnixSocketEntry(Integer.parseInt(f[4], 16), Integer.parseInt(f[5], 16),
                        (flags & UnixSocketEntry.ACCEPTING) != 0, Long.parseLong(f[6]), f.length > 7 ? f[7] : null));
            } catch (RuntimeException e) {
                throw malformed("unix", i, line, e.getMessage());
            }
        }
        return entries;
    }

    /** {@code 0100007F:1F90} → 127.0.0.1:8080; 32 hex digits for IPv6. */
    static InetSocketAddress endpoint(String hex) {
        int colon = hex.indexOf(':');
        if (colon < 0) {
            throw ScenarioError.of("\"" + hex + "\" is not ADDRESS:PORT in hex");
        }
        byte[] raw = HexFormat.of().parseHex(hex.substring(0, colon));
        if (raw.length != 4 && raw.length != 16) {
            throw ScenarioError.of("\"" + hex + "\" has " + raw.length + " address bytes; expected 4 or 16");
        }
        byte[] address = new byte[raw.length];
        for (int word = 0; word < raw.length; word += 4) {
            for (int b = 0; b < 4; b++) {
                address[word + b] = raw[word + 3 - b];
            }
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(address), Integer.parseInt(hex.substring(colon + 1), 16));
        } catch (UnknownHostException e) {
            throw ScenarioError.of("\"" + hex + "\" is not an address", e);
        }
    }

    private static IllegalArgumentException malformed(String table, int index, String line, String why) {
        return ScenarioError.of("line " + (index + 1) + " of /proc/net/" + table + " is not understood ("
                + why + "): " + line);
    }
}
