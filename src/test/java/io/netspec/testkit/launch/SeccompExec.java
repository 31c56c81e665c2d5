package io.netspec.testkit.launch;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Installs a seccomp filter that refuses unshare(2) with EPERM, as a container's default profile does,
 * then execs the command in its arguments, which inherits the filter (and everything it starts does).
 */
public final class SeccompExec {
    private static final int PR_SET_NO_NEW_PRIVS = 38;
    private static final int PR_SET_SECCOMP = 22;
    private static final int SECCOMP_MODE_FILTER = 2;

    public interface C extends Library {
        int prctl(int option, long a, long b, long c, long d);

        int prctl(int option, long a, Pointer program, long c, long d);

        int execvp(String file, Pointer argv);
    }

    private SeccompExec() {
    }

    public static void main(String[] args) {
        String arch = System.getProperty("os.arch");
        // seccomp_data: nr at offset 0, arch at offset 4; AUDIT_ARCH_* and __NR_unshare per architecture.
        long audit = arch.equals("amd64") ? 0xC000003EL : 0xC00000B7L;
        int unshare = arch.equals("amd64") ? 272 : 97;
        short[][] code = {
                {0x20, 0, 0}, {0x15, 0, 3}, {0x20, 0, 0}, {0x15, 0, 1}, {0x06, 0, 0}, {0x06, 0, 0}};
        long[] k = {4, audit, 0, unshare, 0x00050000L | 1, 0x7fff0000L};
        Memory filter = new Memory(8L * code.length);
        for (int i = 0; i < code.length; i++) {
            filter.setShort(8L * i, code[i][0]);
            filter.setByte(8L * i + 2, (byte) code[i][1]);
            filter.setByte(8L * i + 3, (byte) code[i][2]);
            filter.setInt(8L * i + 4, (int) k[i]);
        }
        Memory program = new Memory(16);
        program.setShort(0, (short) code.length);
        program.setPointer(8, filter);
        C c = Native.load("c", C.class);
        if (c.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || c.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, program, 0, 0) != 0) {
            throw new IllegalStateException("installing the seccomp filter failed: errno " + Native.getLastError());
        }
        List<Memory> kept = new ArrayList<>();
        Memory argv = new Memory(8L * (args.length + 1));
        for (int i = 0; i < args.length; i++) {
            byte[] utf8 = args[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] s = Arrays.copyOf(utf8, utf8.length + 1);
            Memory m = new Memory(s.length);
            m.write(0, s, 0, s.length);
            kept.add(m);
            argv.setPointer(8L * i, m);
        }
        argv.setPointer(8L * args.length, null);
        c.execvp(args[0], argv);
        throw new IllegalStateException("exec of " + args[0] + " failed: errno " + Native.getLastError());
    }
}
