package io.netspec.netns;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The C library calls hosts need, direct-mapped: JNA binds them once and passes native pointers
 * straight through (byte[] arguments would be copied on every call, which costs most of a frame pump).
 * errno after a call: {@link Native#getLastError()}.
 */
final class Libc {
    static final int CLONE_NEWNET = 0x40000000;
    static final int O_RDWR = 2;
    static final int O_NONBLOCK = 0x800;
    static final int O_CLOEXEC = 0x80000;
    static final long TUNSETIFF = 0x400454caL;
    /** _IOW('T', 226, int): a TAP device's carrier on or off (Linux 5.0 and later; CAP_NET_ADMIN in its namespace). */
    static final long TUNSETCARRIER = 0x400454e2L;
    static final long TUNSETPERSIST = 0x400454cbL;
    static final short IFF_TAP = 0x0002;
    static final short IFF_NO_PI = 0x1000;
    static final int EINTR = 4;
    static final int EAGAIN = 11;
    static final int ENOBUFS = 105;
    static final int EPERM = 1;
    static final int ESRCH = 3;
    static final int EINPROGRESS = 115;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int SOCK_STREAM = 1;
    static final int SOCK_RAW = 3;
    static final int SOCK_CLOEXEC = 0x80000;
    static final int SOCK_NONBLOCK = 0x800;
    static final short POLLIN = 0x001;
    static final int IPPROTO_ICMP = 1;
    static final int IPPROTO_ICMPV6 = 58;
    static final int SOL_SOCKET = 1;
    static final int IPPROTO_IP = 0;
    static final int IP_TTL = 2;
    static final int IPPROTO_IPV6 = 41;
    static final int IPV6_UNICAST_HOPS = 16;
    static final int SO_RCVTIMEO = 20;
    static final int SO_SNDTIMEO = 21;
    static final int AF_PACKET = 17;
    static final int SOCK_DGRAM = 2;
    static final int ETH_P_ARP = 0x0806;
    static final int AF_NETLINK = 16;
    static final int NETLINK_ROUTE = 0;
    static final int F_DUPFD_CLOEXEC = 1030;
    static final int EPOLL_CLOEXEC = 0x80000;
    static final int EPOLL_CTL_ADD = 1;
    static final int EPOLL_CTL_DEL = 2;
    static final int EPOLLIN = 0x001;
    static final int EFD_NONBLOCK = 0x800;
    static final int EFD_CLOEXEC = 0x80000;

    static {
        Native.register(NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    private Libc() {
    }

    static native int unshare(int flags);

    static native int setns(int fd, int nstype);

    static native int open(String path, int flags);

    static native int close(int fd);

    static native int fcntl(int fd, int command, int argument);

    static native int ioctl(int fd, long request, Pointer argument);

    /** The same for requests whose argument is a number (TUNSETPERSIST). */
    static native int ioctl(int fd, long request, long argument);

    static native int poll(Pointer fds, long count, int timeoutMillis);

    static native long read(int fd, Pointer buffer, long count);

    static native long write(int fd, Pointer buffer, long count);

    static native int socket(int domain, int type, int protocol);

    static native int connect(int fd, Pointer address, int length);

    static native int bind(int fd, Pointer address, int length);

    static native int if_nametoindex(String name);

    static native int setsockopt(int fd, int level, int name, Pointer value, int length);

    static native long sendto(int fd, Pointer buffer, long length, int flags, Pointer address, int addressLength);

    static native long recv(int fd, Pointer buffer, long length, int flags);

    static native long recvfrom(int fd, Pointer buffer, long length, int flags, Pointer address, Pointer addressLength);

    static native int getpid();

    static native int epoll_create1(int flags);

    static native int epoll_ctl(int epfd, int op, int fd, Pointer event);

    static native int epoll_wait(int epfd, Pointer events, int maxEvents, int timeoutMillis);

    static native int eventfd(int initial, int flags);

    static native int kill(int pid, int signal);

    static native String strerror(int errno);

    /** errno of the last call on this thread. */
    static int errno() {
        return Native.getLastError();
    }

    /** The OS's own words for {@code errno}, as {@code strerror} gives them, with the number. */
    static String describe(int errno) {
        return strerror(errno) + " (errno " + errno + ")";
    }
}
