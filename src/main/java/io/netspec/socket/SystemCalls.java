package io.netspec.socket;

import io.netspec.core.ScenarioError;

import java.util.Arrays;
import java.util.List;

/** Checks that an endpoint's system calls include the expected ones in the expected order. */
public final class SystemCalls {
    private SystemCalls() {
    }

    public static List<String> parse(String text) {
        List<String> calls = Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (calls.isEmpty()) {
            throw ScenarioError.of("\"" + text + "\" names no system calls; expected a list such as"
                    + " \"socket, bind, listen, accept\"");
        }
        return calls;
    }

    /** The first expected call that does not follow the previous ones in {@code actual}, or null if all do. */
    public static String firstMissing(List<String> actual, List<String> expected) {
        int at = 0;
        for (String want : expected) {
            int found = actual.subList(at, actual.size()).indexOf(want);
            if (found < 0) {
                return want;
            }
            at += found + 1;
        }
        return null;
    }
}
