package io.netspec.ostable;

/** One line of /proc/net/unix. */
public record UnixSocketEntry(int type, int state, boolean listening, long inode, String path) {
    static final int ACCEPTING = 0x10000;

    public String typeName() {
        return switch (type) {
            case 1 -> "STREAM";
            case 2 -> "DGRAM";
            case 5 -> "SEQPACKET";
            default -> "TYPE" + type;
        };
    }

    public String stateName() {
        if (listening) {
            return "LISTENING";
        }
        return switch (state) {
            case 1 -> "";
            case 2 -> "CONNECTING";
            case 3 -> "CONNECTED";
            case 4 -> "DISCONNECTING";
            default -> "STATE" + state;
        };
    }

    /** The line as {@code netstat -an} would print it. */
    public String netstatLine() {
        return String.format("unix  %-10s %-12s %8d %s", typeName(), stateName(), inode, path == null ? "" : path)
                .stripTrailing();
    }
}
