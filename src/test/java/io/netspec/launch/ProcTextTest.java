package io.netspec.launch;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A number in /proc/sys is read whole (Files.readString reads "32768" there as "3"). */
class ProcTextTest {
    @Test
    void aSysctlOfSeveralDigitsIsReadWhole() throws Exception {
        Path pidMax = Path.of("/proc/sys/kernel/pid_max");
        String whole = Files.readAllLines(pidMax).get(0).strip();
        assertThat(whole.length()).as("pid_max has more than one digit here").isGreaterThan(1);
        assertThat(ProcText.read(pidMax).strip()).isEqualTo(whole);
        assertThat(ProcText.read(Path.of("/proc/sys/kernel/overflowuid")).strip()).isEqualTo("65534");
    }
}
