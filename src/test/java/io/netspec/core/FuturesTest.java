package io.netspec.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FuturesTest {
    @Test
    void anIoExceptionARuntimeExceptionAndAnErrorComeBackAsThemselves() {
        IOException io = new IOException("io");
        IllegalStateException runtime = new IllegalStateException("runtime");
        AssertionError error = new AssertionError("error");
        assertThatThrownBy(() -> Futures.causeOf(new ExecutionException(io))).isSameAs(io);
        assertThatThrownBy(() -> Futures.causeOf(new ExecutionException(runtime))).isSameAs(runtime);
        assertThatThrownBy(() -> Futures.causeOf(new ExecutionException(error))).isSameAs(error);
    }

    @Test
    void anyOtherCauseIsReturnedForTheCallerToName() throws IOException {
        InterruptedException interrupted = new InterruptedException("stopped");
        assertThat(Futures.causeOf(new ExecutionException(interrupted))).isSameAs(interrupted);
    }
}
