package io.netspec.core;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One rule for every knob: a system property wins over the environment; blank counts as unset. */
class SettingsTest {
    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        Settings s = new Settings(Map.of("netspec.wait", "5 s")::get, Map.of("NETSPEC_WAIT", "9 s")::get);
        assertThat(s.get(Settings.Knob.WAIT)).contains("5 s");
        assertThat(new Settings(name -> null, Map.of("NETSPEC_WAIT", "9 s")::get).get(Settings.Knob.WAIT)).contains("9 s");
        assertThat(new Settings(Map.of("netspec.wait", " ")::get, Map.of("NETSPEC_WAIT", "9 s")::get).get(Settings.Knob.WAIT))
                .contains("9 s");
    }

    @Test
    void placeholdersFollowTheSameRule() {
        Settings s = new Settings(Map.of("HOST", "from-property")::get, Map.of("HOST", "from-env", "PORT", "80")::get);
        assertThat(s.lookup("HOST")).contains("from-property");
        assertThat(s.lookup("PORT")).contains("80");
        assertThat(s.lookup("NONE")).isEmpty();
    }

    @Test
    void numbersAndFlagsAreReadStrictly() {
        Settings s = new Settings(Map.of("netspec.socket.spinMicros", "twenty", "netspec.leakDiagnostics", "TRUE")::get,
                name -> null);
        assertThat(s.flag(Settings.Knob.LEAK_DIAGNOSTICS)).isTrue();
        assertThatThrownBy(() -> s.number(Settings.Knob.SPIN_MICROS, 20)).isInstanceOf(ScenarioError.class)
                .hasMessage("-Dnetspec.socket.spinMicros / NETSPEC_SOCKET_SPIN_MICROS is \"twenty\", expected a whole number");
        assertThat(new Settings(name -> null, name -> null).number(Settings.Knob.SPIN_MICROS, 20)).isEqualTo(20);
    }

    @Test
    void switchesAreTrueOrFalseOrTheirDefault() {
        Settings off = new Settings(Map.of("netspec.packets.wakeLatency", "FALSE")::get, name -> null);
        assertThat(off.switchedOn(Settings.Knob.WAKE_LATENCY, true)).isFalse();
        assertThat(new Settings(name -> null, name -> null).switchedOn(Settings.Knob.WAKE_LATENCY, true)).isTrue();
        Settings bad = new Settings(name -> null, Map.of("NETSPEC_PACKETS_WAKE_LATENCY", "no")::get);
        assertThatThrownBy(() -> bad.switchedOn(Settings.Knob.WAKE_LATENCY, true)).isInstanceOf(ScenarioError.class)
                .hasMessage("-Dnetspec.packets.wakeLatency / NETSPEC_PACKETS_WAKE_LATENCY is \"no\", expected true or false");
    }

    @Test
    void everyKnobIsNamedOnlyInSettings() throws Exception {
        Path sources = Path.of("src/main/java");
        List<String> elsewhere = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = sources.relativize(file).toString();
                if (relative.equals("io/netspec/core/Settings.java")) {
                    continue;
                }
                String text = Files.readString(file);
                for (Settings.Knob knob : Settings.Knob.values()) {
                    for (String name : List.of(knob.property(), knob.variable())) {
                        if (text.contains("\"" + name + "\"") && !READ_BEFORE_SETTINGS.contains(relative + " " + name)) {
                            elsewhere.add(relative + " names \"" + name + "\"");
                        }
                    }
                }
            }
        }
        assertThat(elsewhere).as("knobs read or named outside Settings (read them through Settings.Knob)").isEmpty();
    }

    /**
     * The one knob read before Settings can be: netspec's launcher is a Java agent packaged alone (it may import
     * nothing of netspec) and decides from NETSPEC_HOSTS whether to re-launch the JVM at all.
     */
    private static final Set<String> READ_BEFORE_SETTINGS = Set.of("io/netspec/launch/SystemView.java netspec.hosts",
            "io/netspec/launch/SystemView.java NETSPEC_HOSTS");

    @Test
    void everyKnobIsListedInTheGuide() throws Exception {
        String guide = Files.readString(Path.of("docs/using-netspec.md"));
        for (Settings.Knob knob : Settings.Knob.values()) {
            assertThat(guide).as("docs/using-netspec.md lists %s", knob).contains("`" + knob.property() + "`")
                    .contains("`" + knob.variable() + "`");
        }
    }
}
