package io.netspec.ostable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The range the OS picks local ports from when a socket connects without binding. */
public record EphemeralPorts(int first, int last) {
    public static final Path LINUX = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    public EphemeralPorts {
        if (first < 1 || last > 65535 || first > last) {
            throw new IllegalArgumentException("the ephemeral port range " + first + "-" + last + " is not a range of ports");
        }
    }

    public static EphemeralPorts read() {
        return read(LINUX);
    }

    public static EphemeralPorts read(Path file) {
        String text;
        try {
            // Files.readString trusts the size procfs reports and can return a truncated value; a stream reads to the end.
            try (var in = Files.newInputStream(file)) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the ephemeral port range from " + file + ": " + e.getMessage(), e);
        }
        String[] parts = text.split("\\s+");
        if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
            throw new IllegalArgumentException(file + " holds \"" + text + "\"; expected two port numbers such as \"32768\t60999\"");
        }
        return new EphemeralPorts(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    public boolean contains(int port) {
        return port >= first && port <= last;
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
