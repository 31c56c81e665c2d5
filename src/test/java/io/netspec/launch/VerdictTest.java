package io.netspec.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagnosis read from a folder that stands for / (its proc/ and dev/ views), so that conditions this
 * kernel cannot have are tested too: Debian's kernel.unprivileged_userns_clone, Ubuntu's
 * kernel.apparmor_restrict_unprivileged_userns, another OS. The probe runs for real, against an unshare
 * on the folder's PATH that exits as the real one does under that condition.
 */
class VerdictTest {
    private static final String UNPRIVILEGED = "Uid:\t1001\t1001\t1001\t1001\nCapEff:\t0000000000000000\nSeccomp:\t0\n";
    private static final Supplier<Probe> NO_PROBE = () -> {
        throw new AssertionError("the probe ran, but the readings alone decide this");
    };

    @TempDir
    Path root;
    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> properties = new HashMap<>(Map.of("os.name", "Linux"));

    private void machine(String status, boolean tun, String unshareExit) throws IOException {
        write("proc/self/status", status);
        write("proc/sys/user/max_user_namespaces", "63000\n");
        if (tun) {
            write("dev/net/tun", "");
        }
        Path bin = Files.createDirectories(root.resolve("bin"));
        env.put("PATH", bin.toString());
        if (unshareExit != null) {
            Path unshare = bin.resolve("unshare");
            Files.writeString(unshare, "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'unshare from util-linux 2.39.3';"
                    + " exit 0; fi\nexit " + unshareExit + "\n");
            Files.setPosixFilePermissions(unshare, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Readings read() {
        return new SystemView(root, env::get, properties::get).read();
    }

    private Verdict decide() {
        Readings r = read();
        return Verdict.decide(r, () -> Probe.run(r.unshare().orElseThrow()));
    }

    @Test
    void anOrdinaryUserWhoMayMakeUserNamespacesIsRelaunched() throws IOException {
        machine(UNPRIVILEGED, true, "0");
        Verdict v = decide();
        assertThat(v.outcome()).isEqualTo(Verdict.Outcome.RELAUNCH);
        assertThat(v.detail()).contains("util-linux 2.39", "uid 1001");
    }

    @Test
    void rootIsNeverRelaunchedAndNothingIsProbed() throws IOException {
        machine("Uid:\t0\t0\t0\t0\nCapEff:\t000001ffffffffff\nSeccomp:\t0\n", true, "0");
        assertThat(Verdict.decide(read(), NO_PROBE).outcome()).isEqualTo(Verdict.Outcome.PRIVILEGED);
    }

    @Test
    void theRelaunchedJvmWithItsCapabilitiesIsInside() throws IOException {
        machine("Uid:\t1001\t1001\t1001\t1001\nCapEff:\t000001ffffffffff\n", true, "0");
        env.put(SystemView.RELAUNCHED, "1");
        assertThat(Verdict.decide(read(), NO_PROBE).outcome()).isEqualTo(Verdict.Outcome.INSIDE);
    }

    @Test
    void debiansSysctlOff() throws IOException {
        machine(UNPRIVILEGED, true, "1");
        write("proc/sys/kernel/unprivileged_userns_clone", "0\n");
        Verdict v = Verdict.decide(read(), NO_PROBE);
        assertThat(v.blocker()).isEqualTo(Blocker.UNPRIVILEGED_USER_NAMESPACES_OFF);
        assertThat(v.describe()).endsWith("Fix: sudo sysctl -w kernel.unprivileged_userns_clone=1");
    }

    @Test
    void ubuntusAppArmorRestriction() throws IOException {
        machine(UNPRIVILEGED, true, "1");
        write("proc/sys/kernel/apparmor_restrict_unprivileged_userns", "1\n");
        write("proc/sys/kernel/unprivileged_userns_clone", "1\n");
        Verdict v = decide();
        assertThat(v.blocker()).isEqualTo(Blocker.APPARMOR);
        assertThat(v.describe()).contains("unshare --user exited 1")
                .contains("Fix: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0");
    }

    @Test
    void appArmorThatLetsTheNamespaceBeMadeButWithoutCapabilities() throws IOException {
        machine(UNPRIVILEGED, true, "0");
        write("proc/sys/kernel/apparmor_restrict_unprivileged_userns", "1\n");
        env.put(SystemView.RELAUNCHED, "1");
        Verdict v = Verdict.decide(read(), NO_PROBE);
        assertThat(v.blocker()).as("re-launched, and no capabilities there: never a second re-launch").isEqualTo(Blocker.APPARMOR);
    }

    @Test
    void aSysctlSetToOneWhereTheProbeSucceedsBlocksNothing() throws IOException {
        machine(UNPRIVILEGED, true, "0");
        write("proc/sys/kernel/apparmor_restrict_unprivileged_userns", "1\n");
        assertThat(decide().outcome()).as("decided by the probe, not by the sysctl alone").isEqualTo(Verdict.Outcome.RELAUNCH);
    }

    @Test
    void anotherOperatingSystem() throws IOException {
        machine(UNPRIVILEGED, true, "0");
        properties.put("os.name", "Mac OS X");
        Verdict v = Verdict.decide(read(), NO_PROBE);
        assertThat(v.blocker()).isEqualTo(Blocker.NOT_LINUX);
        assertThat(v.describe()).contains("Mac OS X");
    }

    @Test
    void noTunDeviceNoUnshareAndUserNamespacesOff() throws IOException {
        machine(UNPRIVILEGED, false, "0");
        assertThat(Verdict.decide(read(), NO_PROBE).blocker()).isEqualTo(Blocker.NO_TUN);
        write("dev/net/tun", "");
        Files.delete(root.resolve("bin/unshare"));
        assertThat(Verdict.decide(read(), NO_PROBE).blocker()).isEqualTo(Blocker.NO_UNSHARE);
        machine(UNPRIVILEGED, true, "0");
        write("proc/sys/user/max_user_namespaces", "0\n");
        assertThat(Verdict.decide(read(), NO_PROBE).blocker()).isEqualTo(Blocker.USER_NAMESPACES_OFF);
    }

    @Test
    void aSeccompFilterAndAFailedProbeOtherwiseUnexplained() throws IOException {
        machine("Uid:\t1001\t1001\t1001\t1001\nCapEff:\t0000000000000000\nSeccomp:\t2\n", true, "1");
        assertThat(decide().blocker()).isEqualTo(Blocker.SECCOMP);
        machine(UNPRIVILEGED, true, "1");
        Verdict v = decide();
        assertThat(v.blocker()).isEqualTo(Blocker.PROBE_FAILED);
        assertThat(v.detail()).contains("unshare --user exited 1");
    }

    @Test
    void hostsSwitchedOffAreNeverRelaunched() throws IOException {
        machine(UNPRIVILEGED, true, "0");
        env.put("NETSPEC_HOSTS", "off");
        assertThat(Verdict.decide(read(), NO_PROBE).blocker()).isEqualTo(Blocker.SWITCHED_OFF);
    }

    @Test
    void whatIsRecordedIsReadBack() {
        Verdict v = Verdict.blocked(Blocker.SECCOMP, "Seccomp: 2");
        String[] keys = {Verdict.OUTCOME_PROPERTY, Verdict.BLOCKER_PROPERTY, Verdict.DETAIL_PROPERTY};
        Map<String, String> before = new HashMap<>();
        for (String k : keys) {
            before.put(k, System.getProperty(k));
        }
        try {
            v.record();
            assertThat(Verdict.recorded()).contains(v);
        } finally {
            before.forEach((k, value) -> {
                if (value == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, value);
                }
            });
        }
    }

    @Test
    void everyBlockerHasItsOneLineFix() {
        for (Blocker b : Blocker.values()) {
            assertThat(b.fix()).as("%s", b).isNotBlank().doesNotContain("\n");
            assertThat(b.describe("d")).as("%s", b).contains(" (d). Fix: ");
        }
        assertThat(List.of(Blocker.values())).hasSize(13);
    }
}
