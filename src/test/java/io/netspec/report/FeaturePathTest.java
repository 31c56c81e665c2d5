package io.netspec.report;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class FeaturePathTest {
    @Test
    void theCapabilityIsTheFolderUnderFeatures() {
        assertThat(FeaturePath.of(URI.create("file:///home/me/netspec/features/tcp/echo.feature")))
                .isEqualTo(new FeaturePath("features/tcp/echo.feature", "tcp"));
        assertThat(FeaturePath.of("features/udp/loss/bursty.feature"))
                .isEqualTo(new FeaturePath("features/udp/loss/bursty.feature", "udp"));
        assertThat(FeaturePath.of(URI.create("file:///x/features/smoke.feature")))
                .isEqualTo(new FeaturePath("features/smoke.feature", FeaturePath.TOP));
    }

    @Test
    void outsideAFeaturesFolderTheParentFolderNamesIt() {
        assertThat(FeaturePath.of(URI.create("classpath:com/acme/checks/ping.feature")))
                .isEqualTo(new FeaturePath("ping.feature", "checks"));
        assertThat(FeaturePath.of("ping.feature")).isEqualTo(new FeaturePath("ping.feature", FeaturePath.TOP));
    }
}
