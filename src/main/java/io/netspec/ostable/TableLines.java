package io.netspec.ostable;

import java.util.List;

/** Some lines of the socket table; prints as {@code netstat -an} would. */
public record TableLines(List<InetSocketEntry> inet, List<UnixSocketEntry> unix) {
    public TableLines {
        inet = List.copyOf(inet);
        unix = List.copyOf(unix);
    }

    public static TableLines ofInet(List<InetSocketEntry> inet) {
        return new TableLines(inet, List.of());
    }

    public boolean isEmpty() {
        return inet.isEmpty() && unix.isEmpty();
    }

    @Override
    public String toString() {
        return SocketTable.format(inet, unix);
    }
}
