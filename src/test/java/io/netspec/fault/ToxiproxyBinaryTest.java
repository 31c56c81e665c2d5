package io.netspec.fault;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ToxiproxyBinaryTest {
    @Test
    void nothingFoundListsWhatWasTriedAndTheCommands() {
        ToxiproxyBinary finder = new ToxiproxyBinary(Map.of("PATH", "/nonexistent", "NETSPEC_CACHE", "/nonexistent/cache")::get);
        assertThat(finder.externalUrl()).isEmpty();
        assertThat(finder.installed()).isEmpty();
        assertThat(finder.go()).isEmpty();
        String message = finder.nothingFound();
        assertThat(message)
                .contains("TOXIPROXY_URL: not set")
                .contains("PATH: no toxiproxy-server")
                .contains("cache: no /nonexistent/cache/toxiproxy-server")
                .contains("go: not on PATH")
                .contains("bash ci/install-toxiproxy.sh")
                .contains("go install -ldflags \"-X github.com/Shopify/toxiproxy/v2.Version=v2.12.0\"");
    }

    @Test
    void externalUrlWinsWhenSet() {
        ToxiproxyBinary finder = new ToxiproxyBinary(Map.of("TOXIPROXY_URL", "http://127.0.0.1:8474")::get);
        assertThat(finder.externalUrl()).contains("http://127.0.0.1:8474");
    }

    @Test
    void versionIsReadFromTheJsonAnswer() {
        assertThat(ToxiproxyServer.versionOf("{\"version\": \"v2.12.0\"}\n")).isEqualTo("v2.12.0");
        assertThat(ToxiproxyServer.versionOf("git")).isEqualTo("git");
    }
}
