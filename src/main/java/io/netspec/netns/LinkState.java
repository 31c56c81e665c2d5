package io.netspec.netns;

import com.sun.jna.Memory;
import io.netspec.core.NetspecFailure;

import java.nio.charset.StandardCharsets;

/**
 * An interface's state as the kernel of the calling thread's namespace shows it: {@code SIOCGIFFLAGS}
 * on a datagram socket made there. {@code IFF_RUNNING} is the operational state, which follows a
 * carrier change only once the kernel's link watch has run (at most about a second later): then its
 * routes are marked {@code linkdown} too.
 */
public final class LinkState {
    private static final long SIOCGIFFLAGS = 0x8913L;
    private static final int IFF_RUNNING = 0x40;
    private static final int SOCK_DGRAM = 2;

    private LinkState() {
    }

    /** Whether {@code ifName} is operationally up (IFF_RUNNING); call it on a thread inside the namespace. */
    public static boolean running(String ifName) {
        int fd = Libc.socket(Libc.AF_INET, SOCK_DGRAM | Libc.SOCK_CLOEXEC, 0);
        if (fd < 0) {
            throw NetspecFailure.of("could not open a socket to read the state of " + ifName + ": "
                    + Libc.describe(Libc.errno()));
        }
        try {
            Memory ifreq = new Memory(40);
            ifreq.clear();
            byte[] name = ifName.getBytes(StandardCharsets.US_ASCII);
            ifreq.write(0, name, 0, Math.min(name.length, 15));
            if (Libc.ioctl(fd, SIOCGIFFLAGS, ifreq) != 0) {
                throw NetspecFailure.of("ioctl(SIOCGIFFLAGS) for " + ifName + " failed: " + Libc.describe(Libc.errno()));
            }
            return (ifreq.getShort(16) & IFF_RUNNING) != 0;
        } finally {
            Libc.close(fd);
        }
    }
}
