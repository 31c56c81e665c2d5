package io.netspec.netns;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A TAP device: an Ethernet interface inside a namespace whose other side is this descriptor. What the
 * namespace's kernel sends out of the interface is {@link #read}; what is {@link #write}n here arrives
 * on the interface as if from a wire. Frames carry no extra header ({@code IFF_NO_PI}). The descriptor
 * is non-blocking: a reader waits for many devices at once in a {@link TapPoller}. The device is
 * persistent ({@code TUNSETPERSIST}): closing the descriptor leaves it in its namespace, and it goes
 * with the namespace, which the kernel clears in batches; removed one by one as each descriptor
 * closed, each device would cost a wait for the whole system (about 20 ms here, serialised).
 */
public final class Tap implements AutoCloseable {
    private static final int IFREQ_SIZE = 40;
    private static final int IFNAMSIZ = 16;

    private final String name;
    private final int fd;
    private volatile boolean closed;

    private Tap(String name, int fd) {
        this.name = name;
        this.fd = fd;
    }

    /** Opens the device on the calling thread, which must be inside the namespace it belongs to. */
    public static Tap openHere(String ifName) throws IOException {
        byte[] nameBytes = ifName.getBytes(StandardCharsets.US_ASCII);
        if (nameBytes.length == 0 || nameBytes.length >= IFNAMSIZ) {
            throw ScenarioError.of("interface name \"" + ifName + "\" must have 1 to 15 characters");
        }
        int fd = Libc.open("/dev/net/tun", Libc.O_RDWR | Libc.O_NONBLOCK | Libc.O_CLOEXEC);
        if (fd < 0) {
            throw new IOException("opening /dev/net/tun failed: " + Libc.describe(Libc.errno()));
        }
        Memory ifreq = new Memory(IFREQ_SIZE);
        ifreq.clear();
        ifreq.write(0, nameBytes, 0, nameBytes.length);
        ifreq.setShort(IFNAMSIZ, (short) (Libc.IFF_TAP | Libc.IFF_NO_PI));
        if (Libc.ioctl(fd, Libc.TUNSETIFF, ifreq) != 0) {
            int errno = Libc.errno();
            Libc.close(fd);
            throw new IOException("ioctl(TUNSETIFF) for TAP device " + ifName + " failed: " + Libc.describe(errno));
        }
        if (Libc.ioctl(fd, Libc.TUNSETPERSIST, 1L) != 0) {
            int errno = Libc.errno();
            Libc.close(fd);
            throw new IOException("ioctl(TUNSETPERSIST) for TAP device " + ifName + " failed: " + Libc.describe(errno));
        }
        return new Tap(ifName, fd);
    }

    /**
     * Reads one frame into {@code buffer} if one is waiting: its length, or 0 when none is (or the device
     * was closed). Only one thread reads a given device.
     */
    public int read(Pointer buffer, int capacity) {
        while (!closed) {
            long n = Libc.read(fd, buffer, capacity);
            if (n >= 0) {
                return (int) n;
            }
            int errno = Libc.errno();
            if (errno == Libc.EAGAIN) {
                return 0;
            }
            if (errno != Libc.EINTR) {
                throw NetspecFailure.of("reading TAP device " + name + " failed: " + Libc.describe(errno));
            }
        }
        return 0;
    }

    /** Writes one frame; false when the kernel would not take it now (its queue is full). */
    public boolean write(Pointer frame, int length) {
        while (true) {
            long n = Libc.write(fd, frame, length);
            if (n == length) {
                return true;
            }
            int errno = n < 0 ? Libc.errno() : 0;
            if (errno == Libc.EINTR) {
                continue;
            }
            if (errno == Libc.EAGAIN || errno == Libc.ENOBUFS || closed) {
                return false;
            }
            throw NetspecFailure.of("writing " + length + " bytes to TAP device " + name + " failed: "
                    + (n < 0 ? Libc.describe(errno) : "only " + n + " were taken"));
        }
    }

    /**
     * Switches the device's carrier: off, the kernel inside sees a cable pulled ({@code NO-CARRIER},
     * operational state down, its routes {@code linkdown}, nothing more sent); on, plugged back in. The
     * ioctl needs CAP_NET_ADMIN only in the user namespace that owns the device's network namespace.
     */
    public void carrier(boolean on) {
        if (closed) {
            throw NetspecFailure.of("the TAP device " + name + " is closed; its carrier cannot change");
        }
        Memory flag = new Memory(4);
        flag.setInt(0, on ? 1 : 0);
        if (Libc.ioctl(fd, Libc.TUNSETCARRIER, flag) != 0) {
            int errno = Libc.errno();
            throw NetspecFailure.of("ioctl(TUNSETCARRIER) turning the carrier of TAP device " + name + (on ? " on" : " off")
                    + " failed: " + Libc.describe(errno) + " (it needs Linux 5.0 or later)");
        }
    }

    public String name() {
        return name;
    }

    int fd() {
        return fd;
    }

    /** Closes the descriptor, which removes the device; readers must have stopped reading first. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Libc.close(fd);
        }
    }
}
