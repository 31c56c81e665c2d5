package io.netspec.mail;

import io.netspec.socket.Targets;
import io.netspec.testkit.Lateness;
import io.netspec.testkit.mail.ScriptedSmtpServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** netspec's SMTP client against a real GreenMail and against servers that misbehave on purpose. */
class SmtpClientTest {
    private static final Duration STAGE = Duration.ofMillis(500);

    private static Mail mail(String... to) {
        return new Mail(new MailAddress("ann@example.org"), java.util.Arrays.stream(to).map(MailAddress::new).toList(),
                "Hello", "line one\n.dot line\nend");
    }

    @Test
    void deliversToGreenMailWithTheBodyIntact() {
        try (MailServer server = MailServer.start("mail")) {
            SmtpClient client = new SmtpClient();
            // GreenMail's first delivery in a JVM loads its mail parser: a roomy bound for this one.
            SendOutcome o = client.send(mail("bob@example.org", "carol@example.org"), server, Duration.ofSeconds(5));
            assertThat(o.failed()).as(o.describe()).isFalse();
            assertThat(o.lastReply()).startsWith("221");
            List<ReceivedMail> bob = server.awaitMailbox(new MailAddress("bob@example.org"), m -> true, 1, STAGE);
            assertThat(bob).singleElement().satisfies(m -> {
                assertThat(m.subject()).isEqualTo("Hello");
                assertThat(m.body()).isEqualTo("line one\r\n.dot line\r\nend");
            });
            assertThat(server.awaitMailbox(new MailAddress("carol@example.org"), m -> true, 1, STAGE)).hasSize(1);
            assertThat(client.transcript().text()).contains("C: RCPT TO:<carol@example.org>", "S: 354");
        }
    }

    @Test
    void aSubjectBeyondAsciiArrivesAsWritten() {
        try (MailServer server = MailServer.start("mail")) {
            Mail mail = new Mail(new MailAddress("ann@example.org"), List.of(new MailAddress("bob@example.org")),
                    "Grüße aus Köln", "hallo");
            SendOutcome o = new SmtpClient().send(mail, server, Duration.ofSeconds(5));
            assertThat(o.failed()).as(o.describe()).isFalse();
            assertThat(server.awaitMailbox(new MailAddress("bob@example.org"), m -> true, 1, STAGE))
                    .singleElement().satisfies(m -> assertThat(m.subject()).isEqualTo("Grüße aus Köln"));
        }
    }

    @Test
    void aServerThatNeverGreetsTimesOutAtTheGreeting() throws Exception {
        try (ScriptedSmtpServer mute = new ScriptedSmtpServer(null, line -> null)) {
            Lateness.Timed<SendOutcome> timed = Lateness.during(() -> new SmtpClient().send(mail("bob@example.org"),
                    mute.target(), STAGE));
            SendOutcome o = timed.tookAtMost(STAGE, "a send whose greeting never comes, each stage bounded by " + STAGE);
            assertThat(o.failure()).as(o.describe()).isEqualTo(SendOutcome.Failure.TIMEOUT);
            assertThat(o.failedAt()).isEqualTo(SmtpStage.GREETING);
            assertThat(o.elapsed()).isGreaterThanOrEqualTo(STAGE);
            assertThat(o.describe()).contains("failed at the greeting stage with a timeout", "the server said nothing");
        }
    }

    @Test
    void aRefusedRecipientIsRejectedAtRcptToWithWhatTheServerSaid() throws Exception {
        try (ScriptedSmtpServer picky = new ScriptedSmtpServer("220 picky ready\r\n",
                line -> line.startsWith("EHLO") ? "250-picky\r\n250 SIZE 1000\r\n"
                        : line.startsWith("MAIL") ? "250 ok\r\n" : "550 no such user here\r\n")) {
            SendOutcome o = new SmtpClient().send(mail("nobody@example.org"), picky.target(), STAGE);
            assertThat(o.failure()).as(o.describe()).isEqualTo(SendOutcome.Failure.REJECTED);
            assertThat(o.failedAt()).isEqualTo(SmtpStage.RCPT_TO);
            assertThat(o.lastReply()).isEqualTo("550 no such user here");
            assertThat(o.describe()).contains("the server last said \"550 no such user here\"");
        }
    }

    @Test
    void aServerThatIsNotSmtpIsNamedSo() throws Exception {
        try (ScriptedSmtpServer web = new ScriptedSmtpServer("HTTP/1.1 400 Bad Request\r\n\r\n", line -> null)) {
            SendOutcome o = new SmtpClient().send(mail("bob@example.org"), web.target(), STAGE);
            assertThat(o.failure()).as(o.describe()).isEqualTo(SendOutcome.Failure.NOT_SMTP);
            assertThat(o.failedAt()).isEqualTo(SmtpStage.GREETING);
        }
    }

    @Test
    void nothingListeningIsRefusedAtConnect() {
        SendOutcome o = new SmtpClient().send(mail("bob@example.org"), Targets.parse("127.0.0.1:1"), STAGE);
        assertThat(o.failure()).as(o.describe()).isEqualTo(SendOutcome.Failure.CONNECTION_REFUSED);
        assertThat(o.failedAt()).isEqualTo(SmtpStage.CONNECT);
    }

    @Test
    void malformedAddressesAreRefusedNamingThem() {
        assertThatThrownBy(() -> new MailAddress("ann@")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the mail address \"ann@\" is malformed: it has no domain after the @; expected something"
                        + " such as \"ann@example.org\"");
        assertThatThrownBy(() -> new MailAddress("@example.org")).hasMessageContaining("\"@example.org\"")
                .hasMessageContaining("nothing before the @");
        assertThatThrownBy(() -> new MailAddress("ann smith@example.org")).hasMessageContaining("holds a space");
        assertThatThrownBy(() -> Mail.recipients("bob@example.org, ")).hasMessageContaining("it is empty");
    }
}
