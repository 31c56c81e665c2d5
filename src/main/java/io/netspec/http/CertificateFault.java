package io.netspec.http;

import io.netspec.core.ScenarioError;

/** What is wrong with a server's certificate, as a scenario names it and as netspec's client finds it. */
public enum CertificateFault {
    EXPIRED("expired", "an expired certificate"),
    NOT_YET_VALID("not yet valid", "a certificate that is not yet valid"),
    OTHER_HOST("another host", "a certificate for another host"),
    UNKNOWN_CA("unknown CA", "a certificate from an unknown CA");

    private final String word;
    private final String words;

    CertificateFault(String word, String words) {
        this.word = word;
        this.words = words;
    }

    /** The short name a scenario writes: expired, not yet valid, another host, unknown CA. */
    public String word() {
        return word;
    }

    /** The phrase a stub step writes, such as "an expired certificate". */
    public String words() {
        return words;
    }

    /** The fault a scenario names by its short name; the error lists the names there are. */
    public static CertificateFault named(String word) {
        for (CertificateFault f : values()) {
            if (f.word.equals(word)) {
                return f;
            }
        }
        throw ScenarioError.of("\"" + word + "\" is not a certificate error netspec knows; expected one of"
                + " \"expired\", \"not yet valid\", \"another host\", \"unknown CA\"");
    }
}
