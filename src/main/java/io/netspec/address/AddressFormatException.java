package io.netspec.address;

/** An IP address literal that netspec refuses, with the input and the rule it breaks. */
public final class AddressFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String input;
    private final String rule;

    public AddressFormatException(String input, String rule) {
        super("\"" + input + "\" is not an IP address: " + rule);
        this.input = input;
        this.rule = rule;
    }

    /** The text exactly as it was given. */
    public String input() {
        return input;
    }

    /** The rule the text breaks, for example {@code part "010" has a leading zero ...}. */
    public String rule() {
        return rule;
    }
}
