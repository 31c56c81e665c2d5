package io.netspec.mail;

import io.netspec.core.ScenarioError;

import java.util.regex.Pattern;

/** A mail address as SMTP carries it (local-part@domain), checked strictly before anything is sent. */
public record MailAddress(String text) {
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");

    public MailAddress {
        int at = text.lastIndexOf('@');
        String why = null;
        if (text.isEmpty()) {
            why = "it is empty";
        } else if (text.chars().anyMatch(Character::isWhitespace)) {
            why = "it holds a space";
        } else if (at < 0) {
            why = "it has no @";
        } else if (at == 0) {
            why = "it has nothing before the @";
        } else if (at == text.length() - 1) {
            why = "it has no domain after the @";
        } else if (!LOCAL.matcher(text.substring(0, at)).matches()) {
            why = "\"" + text.substring(0, at) + "\" is not a valid local part";
        } else if (!DOMAIN.matcher(text.substring(at + 1)).matches()) {
            why = "\"" + text.substring(at + 1) + "\" is not a valid domain";
        }
        if (why != null) {
            throw ScenarioError.of("the mail address \"" + text + "\" is malformed: " + why
                    + "; expected something such as \"ann@example.org\"");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
