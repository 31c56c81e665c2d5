package io.netspec.testkit.glue.report;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;

/**
 * A test-only phrase whose matching itself fails: its parameter type repeats an alternation once per
 * character, which overflows the stack of Java's regex engine on a long value, before Cucumber starts
 * the scenario. (netspec's own quoted values match in constant stack; this stands for any such error.)
 */
public final class MatchingSteps {
    @ParameterType(name = "letters", value = "((?:a|b)*)")
    public String letters(String text) {
        return text;
    }

    @Given("the scenario carries the letters {letters} to its end")
    public void carries(String letters) {
        // Matching it is the point; a short value passes.
    }
}
