package io.netspec.core;

/**
 * The third failure role: netspec itself or a real component it drives (the OS, Toxiproxy, WireMock,
 * Chromium) broke, so the scenario could not be checked. {@link #component()} names the component when
 * a kind of it was built for one ({@code fault.ToxiproxyException}); the cause is always kept. Messages are
 * written in full ({@link #of}): one way to build one.
 */
public class NetspecFailure extends IllegalStateException {
    private final String component;

    protected NetspecFailure(String message, String component, Throwable cause) {
        super(message, cause);
        this.component = component;
    }

    /** A failure whose message is already written in full. */
    public static NetspecFailure of(String message) {
        return new NetspecFailure(message, null, null);
    }

    /** A failure whose message is already written in full, and what caused it. */
    public static NetspecFailure of(String message, Throwable cause) {
        return new NetspecFailure(message, null, cause);
    }

    /** The component that broke, when the failure was built from it; otherwise null. */
    public String component() {
        return component;
    }
}
