package io.netspec.packet;

/** What netspec did to a frame that crossed a network. A frame that was both delayed and duplicated
 *  (or held back) is recorded with the stronger word; the detail beside it says the rest. */
public enum Fate {
    PASSED("passed"), DELAYED("delayed"), DUPLICATED("duplicated"), REORDERED("reordered"), DROPPED("dropped");

    private final String word;

    Fate(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
