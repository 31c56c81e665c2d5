package io.netspec.address;

import io.netspec.core.ScenarioError;

/** An IP address literal that netspec refuses, with the input and the rule it breaks. */
public final class AddressFormatException extends ScenarioError {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public AddressFormatException(String input, String rule) {
        super("\"" + input + "\" is not an IP address: " + rule, input, null);
        this.rule = rule;
    }

    /** The rule the text breaks, for example {@code part "010" has a leading zero ...}. */
    public String rule() {
        return rule;
    }
}
