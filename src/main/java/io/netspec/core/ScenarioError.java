package io.netspec.core;

/**
 * The second failure role: the scenario is wrong (a name, an address, a phrase argument), so nothing was
 * tried. The message names the input and what was expected instead; {@link #input()} keeps the input when
 * a kind of it was built from it ({@code address.AddressFormatException}). Messages are written in full
 * ({@link #of}): one way to build one.
 */
public class ScenarioError extends IllegalArgumentException {
    private final String input;

    protected ScenarioError(String message, String input, Throwable cause) {
        super(message, cause);
        this.input = input;
    }

    /** A failure whose message is already written in full. */
    public static ScenarioError of(String message) {
        return new ScenarioError(message, null, null);
    }

    /** A failure whose message is already written in full, and what caused it. */
    public static ScenarioError of(String message, Throwable cause) {
        return new ScenarioError(message, null, cause);
    }

    /** The input as the scenario wrote it, when the failure was built from it; otherwise null. */
    public String input() {
        return input;
    }
}
