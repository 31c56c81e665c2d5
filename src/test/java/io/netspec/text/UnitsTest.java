package io.netspec.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitsTest {
    @ParameterizedTest
    @CsvSource({"250 ms,250", "2 s,2000", "1.5 seconds,1500", "1 second,1000", "0 ms,0", "2 min,120000",
            "10 milliseconds,10", "0.5 s,500"})
    void parsesDurations(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ms", "5", "5 parsecs", "-1 s", "1,5 s"})
    void rejectsWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).hasMessageContaining("\"" + text + "\"")
                .hasMessageContaining("250 ms");
    }

    @Test
    void formatsDurationsTheWayScenariosWriteThem() {
        assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(Durations.format(Duration.ofSeconds(2))).isEqualTo("2 s");
        assertThat(Durations.format(Duration.ofNanos(1500))).isEqualTo("0.002 ms");
    }

    @ParameterizedTest
    @CsvSource({"64 bytes,64", "1 byte,1", "16 KiB,16384", "8 MiB,8388608", "4 KB,4000", "2 MB,2000000",
            "1.5 KiB,1536", "1 GiB,1073741824"})
    void parsesSizes(String text, long bytes) {
        assertThat(Size.parse(text).bytes()).isEqualTo(bytes);
    }

    @Test
    void rejectsSizesThatAreNotWholeBytes() {
        assertThatThrownBy(() -> Size.parse("1.1 bytes")).hasMessageContaining("whole number of bytes");
        assertThatThrownBy(() -> Size.parse("12 furlongs")).hasMessageContaining("16 KiB");
    }

    @Test
    void showsSizesInTheLargestExactUnit() {
        assertThat(new Size(8 * 1024 * 1024)).hasToString("8 MiB");
        assertThat(new Size(16 * 1024)).hasToString("16 KiB");
        assertThat(new Size(100)).hasToString("100 bytes");
    }

    @Test
    void parsesPercentages() {
        assertThat(Percent.parse("10%").fraction()).isEqualTo(0.10);
        assertThat(Percent.parse("0.5%").value()).isEqualTo(0.5);
        assertThat(Percent.parse("0.5%")).hasToString("0.5%");
        assertThatThrownBy(() -> Percent.parse("101%")).hasMessageContaining("between 0% and 100%");
        assertThatThrownBy(() -> Percent.parse("10")).hasMessageContaining("\"10\"");
        assertThat(Percent.parse("10 %").value()).isEqualTo(10);
        assertThatThrownBy(() -> Percent.parse("-5%")).hasMessage("a percentage must lie between 0% and 100%, but was -5.0%");
        assertThat("-5%").as("a negative percentage matches the phrase, to fail it with the rule").matches(Percent.PATTERN);
    }

    @Test
    void negativeDurationsAndSizesMatchTheirPhrasesAndFailWithTheRule() {
        assertThat("-5 ms").matches(Durations.PATTERN);
        assertThatThrownBy(() -> Durations.parse("-5 ms"))
                .hasMessage("\"-5 ms\" is a negative duration; expected 0 ms or more, such as 250 ms, 2 s or 1.5 seconds");
        assertThat("-5 KiB").matches(Size.PATTERN);
        assertThatThrownBy(() -> Size.parse("-5 KiB")).hasMessage("a size cannot be negative, but was -5120 bytes");
    }

    @Test
    void resolvesPlaceholdersAndNamesTheMissingOne() {
        Placeholders p = new Placeholders(Map.of("REDIS_PORT", "6379")::get);
        assertThat(p.resolve("127.0.0.1:${REDIS_PORT}")).isEqualTo("127.0.0.1:6379");
        assertThat(p.resolve("no placeholders $ {X}")).isEqualTo("no placeholders $ {X}");
        assertThatThrownBy(() -> p.resolve("${NOPE}:1")).hasMessageContaining("NOPE")
                .hasMessageContaining("environment variable");
        assertThatThrownBy(() -> p.resolve("${1x}")).hasMessageContaining("not a valid variable name");
    }
}
