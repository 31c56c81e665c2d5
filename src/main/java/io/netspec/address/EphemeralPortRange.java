package io.netspec.address;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ports this machine hands out when a socket binds to port 0 or connects without binding.
 * On Linux it is {@code /proc/sys/net/ipv4/ip_local_port_range} (commonly 32768-60999, which
 * overlaps IANA's registered range). Where that file does not exist (macOS, Windows, a container
 * without /proc) the IANA dynamic range 49152-65535 is assumed, which is what those systems use
 * by default; {@link #source()} says which applies.
 */
public record EphemeralPortRange(int first, int last, String source) {
    public static final Path LINUX_FILE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    public EphemeralPortRange {
        if (!PortClass.isValid(first) || !PortClass.isValid(last) || first > last) {
            throw ScenarioError.of("ephemeral port range " + first + "-" + last + " from " + source
                    + " is not a range of valid ports");
        }
    }

    public static EphemeralPortRange ofThisMachine() {
        return read(LINUX_FILE);
    }

    /** Reads a file in the format of ip_local_port_range ("32768\t60999"), or falls back when it is absent. */
    public static EphemeralPortRange read(Path file) {
        if (!Files.isReadable(file)) {
            return new EphemeralPortRange(PortClass.DYNAMIC.first(), PortClass.DYNAMIC.last(),
                    file + " is absent; assumed the IANA dynamic range");
        }
        String text;
        // /proc files report size 0, so read them as a stream rather than by their stated size.
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String line = reader.readLine();
            text = line == null ? "" : line.strip();
        } catch (IOException e) {
            throw NetspecFailure.of("cannot read the ephemeral port range from " + file, e);
        }
        String[] numbers = text.split("\\s+");
        if (numbers.length != 2 || !numbers[0].matches("\\d{1,5}") || !numbers[1].matches("\\d{1,5}")) {
            throw NetspecFailure.of(file + " should hold two port numbers, such as \"32768\t60999\", but holds \""
                    + text + "\"");
        }
        return new EphemeralPortRange(Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]), file.toString());
    }

    public boolean contains(long port) {
        return port >= first && port <= last;
    }

    @Override
    public String toString() {
        return first + "-" + last + " (" + source + ")";
    }
}
