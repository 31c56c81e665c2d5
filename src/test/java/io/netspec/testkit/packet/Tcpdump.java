package io.netspec.testkit.packet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the Debian tcpdump is (ci/install-tcpdump.sh installs it), if anywhere. */
public final class Tcpdump {
    public static final String MISSING = "no tcpdump installed (bash ci/install-tcpdump.sh, as root)";

    private Tcpdump() {
    }

    public static Optional<Path> find() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "tcpdump"));
        return Stream.concat(onPath, Stream.of(Path.of("/usr/bin/tcpdump"), Path.of("/usr/sbin/tcpdump")))
                .filter(Files::isExecutable).findFirst();
    }
}
