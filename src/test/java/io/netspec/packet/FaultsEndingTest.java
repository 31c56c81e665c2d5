package io.netspec.packet;

import io.netspec.testkit.KeptEvidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FaultsEndingTest {
    @Test
    void anEmptyTimelineIsNotAttachedAndOneWithAnEntryIs() {
        KeptEvidence evidence = new KeptEvidence();
        Faults quiet = new Faults("quiet");
        boolean[] ran = {false};
        FaultsEnding.endAndAttach(quiet, () -> ran[0] = true, evidence);
        assertThat(ran[0]).isTrue();
        assertThat(evidence.attached).isEmpty();
        Faults faults = new Faults("scenario");
        faults.timeline().begin(FaultTimeline.Kind.values()[0], "a change", List.of("office"), System.nanoTime(), null);
        FaultsEnding.endAndAttach(faults, () -> { }, evidence);
        assertThat(evidence.mediaTypes).containsEntry("fault timeline", FaultTimeline.MEDIA_TYPE);
        assertThat(evidence.attached.get("fault timeline")).contains("a change");
    }
}
