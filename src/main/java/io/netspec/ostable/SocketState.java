package io.netspec.ostable;

import io.netspec.core.ScenarioError;

import java.util.Arrays;

/** The kernel's socket states as /proc/net/tcp and udp show them (hex), with the names netstat and ss use. */
public enum SocketState {
    ESTABLISHED(0x01, "ESTAB"),
    SYN_SENT(0x02, "SYN-SENT"),
    SYN_RECV(0x03, "SYN-RECV"),
    FIN_WAIT1(0x04, "FIN-WAIT-1"),
    FIN_WAIT2(0x05, "FIN-WAIT-2"),
    TIME_WAIT(0x06, "TIME-WAIT"),
    CLOSE(0x07, "UNCONN"),
    CLOSE_WAIT(0x08, "CLOSE-WAIT"),
    LAST_ACK(0x09, "LAST-ACK"),
    LISTEN(0x0A, "LISTEN"),
    CLOSING(0x0B, "CLOSING"),
    NEW_SYN_RECV(0x0C, "SYN-RECV");

    private final int code;
    private final String ssName;

    SocketState(int code, String ssName) {
        this.code = code;
        this.ssName = ssName;
    }

    public static SocketState ofHex(String hex) {
        int code;
        try {
            code = Integer.parseInt(hex.strip(), 16);
        } catch (NumberFormatException e) {
            throw ScenarioError.of("\"" + hex + "\" is not a socket state; expected two hex digits such as 0A", e);
        }
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> ScenarioError.of("socket state " + hex + " is unknown; expected 01 to 0C"));
    }

    public int code() {
        return code;
    }

    /** As ss shows it: ESTAB, LISTEN, TIME-WAIT, UNCONN … */
    public String ssName() {
        return ssName;
    }

    /** As netstat -an shows it: ESTABLISHED, LISTEN, TIME_WAIT; UDP sockets show no state. */
    public String netstatName(boolean udp) {
        if (udp) {
            return this == ESTABLISHED ? "ESTABLISHED" : "";
        }
        return this == CLOSE ? "CLOSE" : name();
    }
}
