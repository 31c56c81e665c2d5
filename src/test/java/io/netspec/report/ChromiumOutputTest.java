package io.netspec.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChromiumOutputTest {
    private static final String STDERR = """
            [10530:10562:1125/133035.649723:ERROR:dbus/bus.cc:405] Failed to connect to the bus
            [10530:10530:1125/133037.642452:INFO:CONSOLE:1] "boom", source: file:///tmp/err.html (1)
            [10530:10530:1125/133037.665068:INFO:CONSOLE:1] "Uncaught Error: late", source: file:///tmp/err.html (1)
            [1:1:1125/133037.7:INFO:CONSOLE(12)] "Uncaught (in promise) TypeError: x is undefined", source: a.js (12)
            """;

    @Test
    void consoleLinesAndScriptErrorsComeFromChromiumsLog() {
        assertThat(ChromiumOutput.consoleLines(STDERR)).hasSize(3).first().asString().startsWith("\"boom\"");
        assertThat(ChromiumOutput.scriptErrors(STDERR)).containsExactly(
                "\"Uncaught Error: late\", source: file:///tmp/err.html (1)",
                "\"Uncaught (in promise) TypeError: x is undefined\", source: a.js (12)");
    }

    @Test
    void visibleTextLeavesOutScriptsStylesAndTags() {
        String dom = """
                <html><head><style>body{color:red}</style><script>var big = "data";</script></head>
                <body><!-- note --><h1>Report</h1><p>3 &lt;passed&gt;</p><script type="x">more</script></body></html>
                """;
        assertThat(ChromiumOutput.visibleText(dom)).isEqualTo("Report 3 <passed>");
        assertThat(ChromiumOutput.visibleText("<html><head></head><body><div id=\"app\"></div></body></html>")).isEmpty();
    }
}
