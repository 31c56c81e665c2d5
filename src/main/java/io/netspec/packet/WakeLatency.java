package io.netspec.packet;

import io.netspec.core.NetspecFailure;
import io.netspec.core.Settings;
import io.netspec.launch.ProcText;
import io.netspec.launch.UserNamespaces;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A request to the kernel that idle processors wake at once: {@code /dev/cpu_dma_latency} (the PM QoS
 * interface cyclictest uses) with 0 µs written and the file kept open. Idle processors then poll
 * instead of halting, so a host woken by a delayed frame answers without the wake-up of a halted
 * processor (about 0.1 to 0.2 ms each on a virtual machine). The kernel drops the request when the file
 * is closed, also when the JVM dies. Where the file is missing or cannot be opened, nothing is asked
 * and {@link #describe} says why: the file is root's (mode 0600), so a rootless run (in a user namespace,
 * where the machine's root is not mapped) never holds it; {@code -Dnetspec.packets.wakeLatency=false} asks nothing.
 */
final class WakeLatency implements AutoCloseable {
    static final Path DEVICE = Path.of("/dev/cpu_dma_latency");

    private final FileOutputStream request;
    private final String state;

    private WakeLatency(FileOutputStream request, String state) {
        this.request = request;
        this.state = state;
    }

    /** Whether the settings allow the request; read when a network is made, so a bad value fails that step. */
    static boolean allowed(Settings settings) {
        return settings.switchedOn(Settings.Knob.WAKE_LATENCY, true);
    }

    /** Asks for 0 µs wake-ups, if {@code allowed} and the kernel lets this process ask. */
    static WakeLatency request(boolean allowed) {
        if (!allowed) {
            return new WakeLatency(null, "not asked: " + Settings.Knob.WAKE_LATENCY.names() + " is false");
        }
        if (!Files.exists(DEVICE)) {
            return new WakeLatency(null, "not asked: " + DEVICE + " does not exist here");
        }
        if (!Files.isWritable(DEVICE)) {
            return new WakeLatency(null, "not asked: " + DEVICE + " is root's (" + ownerAndMode()
                    + ") and this JVM is not root" + (UserNamespaces.initial() ? "" : " (it runs rootless, in a user namespace of its own)")
                    + "; delays are as measured without the request (docs/performance.md)");
        }
        FileOutputStream out = null;
        try {
            out = new FileOutputStream(DEVICE.toFile());
            out.write("0".getBytes(StandardCharsets.US_ASCII));  // read as hexadecimal text: 0 µs
            out.flush();
            return new WakeLatency(out, "idle processors kept awake (" + DEVICE + " = 0 µs)");
        } catch (IOException e) {
            String why = "not asked: " + DEVICE + " could not be written: " + e.getMessage();
            if (out != null) {
                try {
                    out.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                    why += " (closing it failed too: " + closing.getMessage() + ")";
                }
            }
            return new WakeLatency(null, why);
        }
    }

    private static String ownerAndMode() {
        try {
            String mode = "mode " + java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(DEVICE));
            long uid = ((Number) Files.getAttribute(DEVICE, "unix:uid")).longValue();
            if (!UserNamespaces.initial() && String.valueOf(uid).equals(ProcText.read(Path.of("/proc/sys/kernel/overflowuid")).strip())) {
                // The machine's root is not mapped into the run's user namespace: the kernel shows it as the overflow uid.
                return mode + ", its owner not mapped into this user namespace";
            }
            return "owner " + Files.getOwner(DEVICE).getName() + ", " + mode;
        } catch (IOException | UnsupportedOperationException e) {
            return "its owner and mode unreadable: " + e.getMessage();
        }
    }

    boolean held() {
        return request != null;
    }

    String describe() {
        return state;
    }

    /** Withdraws the request (closes the file). */
    @Override
    public void close() {
        if (request == null) {
            return;
        }
        try {
            request.close();
        } catch (IOException e) {
            throw NetspecFailure.of("closing " + DEVICE + " failed", e);
        }
    }
}
