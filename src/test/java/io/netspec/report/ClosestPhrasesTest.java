package io.netspec.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClosestPhrasesTest {
    private final ClosestPhrases phrases = new ClosestPhrases(List.of(
            "the random seed {long}",
            "a TCP echo server {string}",
            "a TCP sink server {string}",
            "a UDP echo server {string}",
            "a TCP client {string} connected to {string}",
            "{string} sends {payload}",
            "{string} receives {payload} within {duration}",
            "the link {string} adds {duration} of latency",
            "port {int} is a well-known port",
            "port {int} is not a valid port"));

    @Test
    void aMisspeltWordFindsItsPhraseFirst() {
        assertThat(phrases.closestTo("a TCP echo servr \"front\"", 3))
                .containsExactly("a TCP echo server {string}", "a UDP echo server {string}", "a TCP sink server {string}");
        assertThat(phrases.closestTo("the random sed 42", 1)).containsExactly("the random seed {long}");
    }

    @Test
    void valuesCountByTheirShapeNotTheirContent() {
        assertThat(phrases.closestTo("\"alice\" recieves \"a very long payload indeed\" within 2 s", 1))
                .containsExactly("{string} receives {payload} within {duration}");
        assertThat(phrases.closestTo("the link \"wan\" adds 100 ms of latncy", 1))
                .containsExactly("the link {string} adds {duration} of latency");
        assertThat(phrases.closestTo("port 99999 is not valid port", 1)).containsExactly("port {int} is not a valid port");
    }

    @Test
    void phrasesAreShownAsAPersonWritesThem() {
        ClosestPhrases escaped = new ClosestPhrases(List.of("the link {string} is limited to {int} KB\\/s",
                "{string} read it in {int} read\\(s)"));
        assertThat(escaped.closestTo("the link \"wan\" is limited to 64 KB/s", 1))
                .containsExactly("the link {string} is limited to {int} KB/s");
        assertThat(ClosestPhrases.readable("{string} read it in {int} read\\(s)")).isEqualTo("{string} read it in {int} read(s)");
    }

    @Test
    void neverMoreThanAskedAndNoneWithoutPhrases() {
        assertThat(phrases.closestTo("anything", 3)).hasSize(3);
        assertThat(new ClosestPhrases(List.of()).closestTo("anything", 3)).isEmpty();
    }

    @Test
    void editDistanceIsLevenshtein() {
        assertThat(ClosestPhrases.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ClosestPhrases.distance("", "abc")).isEqualTo(3);
        assertThat(ClosestPhrases.distance("same", "same")).isZero();
    }

    @Test
    void expressionsAreComparedAsTheyWouldBeWritten() {
        assertThat(ClosestPhrases.expressionShape("{string} receives {payload} within {duration}"))
                .isEqualTo("\"\" receives \"\" within 0 ms");
        assertThat(ClosestPhrases.expressionShape("I have {int} cucumber(s) in my belly/stomach"))
                .isEqualTo("i have 0 cucumbers in my belly");
        assertThat(ClosestPhrases.stepShape("\"bob\" sends 1000 datagrams of 100 bytes to \"usink\""))
                .isEqualTo("\"\" sends 0 datagrams of 0 bytes to \"\"");
    }

    @Test
    void theConsoleTextNamesTheStepAndItsSuggestions() {
        String text = ClosestPhrasesPlugin.text(List.of(new UndefinedStep("features/tcp/echo.feature:7",
                "a TCP echo servr \"front\"", List.of("a TCP echo server {string}", "a TCP sink server {string}"))));
        assertThat(text).contains("1 step is not understood by any step definition")
                .contains("features/tcp/echo.feature:7  a TCP echo servr \"front\"")
                .contains("closest existing phrases:\n      a TCP echo server {string}\n      a TCP sink server {string}");
    }
}
