package io.netspec.launch;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the user is mapped is decided by util-linux's version; the JVM's own command line is kept byte for byte. */
class UnshareTest {
    @Test
    void fromUtilLinux238TheUserKeepsItsOwnIdAndTheCapabilities() {
        Unshare now = Unshare.of("/usr/bin/unshare", "unshare from util-linux 2.38.1\n");
        assertThat(now.userNamespace()).containsExactly("--user", "--map-current-user", "--keep-caps");
        assertThat(Unshare.of("/bin/unshare", "unshare from util-linux 3.0").mapsCurrentUser()).isTrue();
        Unshare older = Unshare.of("/usr/bin/unshare", "unshare from util-linux 2.37.2");
        assertThat(older.userNamespace()).containsExactly("--user", "--map-root-user");
        assertThat(Unshare.of("/usr/bin/unshare", "unshare (busybox)").userNamespace()).containsExactly("--user", "--map-root-user");
    }

    @Test
    void theNewCommandLineIsUnshareThenTheSameJavaCommandLine() {
        byte[] latin1 = {'-', 'D', 'x', '=', (byte) 0xE9};
        byte[] cmdline = concat("java\0-javaagent:l.jar\0-cp\0a b.jar\0Main\0".getBytes(StandardCharsets.UTF_8), latin1, new byte[] {0});
        List<byte[]> args = Relaunch.commandLine(Unshare.of("/usr/bin/unshare", "util-linux 2.38.1"), cmdline,
                "/usr/lib/jvm/17/bin/java", List.of());
        assertThat(args.stream().limit(7).map(b -> new String(b, StandardCharsets.UTF_8)).toList())
                .containsExactly("/usr/bin/unshare", "--user", "--map-current-user", "--keep-caps", "--",
                        "/usr/lib/jvm/17/bin/java", "-javaagent:l.jar");
        assertThat(new String(args.get(8), StandardCharsets.UTF_8)).isEqualTo("a b.jar");
        assertThat(args.get(10)).as("an argument that is no UTF-8, byte for byte").isEqualTo(latin1);
        assertThat(args).hasSize(11);
    }

    @Test
    void theEnvironmentGetsTheMarkerOnce() {
        List<byte[]> env = Relaunch.environment(("A=1\0" + SystemView.RELAUNCHED + "=old\0B=2\0").getBytes(StandardCharsets.UTF_8));
        assertThat(env.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList())
                .containsExactly("A=1", "B=2", SystemView.RELAUNCHED + "=1");
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
