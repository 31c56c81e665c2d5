package io.netspec.mail;

import io.netspec.core.ExpectationFailure;
import io.netspec.socket.TcpServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mail checks against a real GreenMail server and a server that closes at once. */
class MailChecksTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final MailAddress BOB = new MailAddress("bob@example.org");

    private static Mail hello() {
        return new Mail(new MailAddress("ann@example.org"), List.of(BOB), "Hello", "hi");
    }

    @Test
    void aMailAcceptedIsHeldAndOneNotSentIsNot() {
        try (MailServer server = MailServer.start("mail")) {
            SendOutcome sent = new SmtpClient().send(hello(), server, WAIT);
            MailChecks.accepted(sent);
            MailChecks.holds(server, BOB, 1, m -> m.subject().equals("Hello"), "with subject \"Hello\"", WAIT);
            assertThatThrownBy(() -> MailChecks.holds(server, BOB, 1, m -> m.subject().equals("Bye"),
                    "with subject \"Bye\"", Duration.ofMillis(200))).isInstanceOf(ExpectationFailure.class)
                    .hasMessageContaining("to hold 1 mail(s) for " + BOB + " with subject \"Bye\" within 200 ms, but it held 0"
                            + " such; the mailbox of " + BOB + " holds 1: ");
            assertThatThrownBy(() -> MailChecks.failedWith(sent, "mail", SendOutcome.Failure.TIMEOUT))
                    .isInstanceOf(ExpectationFailure.class)
                    .hasMessageStartingWith("expected sending a mail through \"mail\" to fail with ");
        }
    }

    @Test
    void aServerThatClosesAtOnceRefusesTheMail() {
        try (TcpServer closer = TcpServer.closingAtOnce().named("closer").start()) {
            SendOutcome o = new SmtpClient().send(hello(), closer, WAIT);
            assertThatThrownBy(() -> MailChecks.accepted(o)).isInstanceOf(ExpectationFailure.class)
                    .hasMessageStartingWith("expected the mail to be accepted, but ");
            MailChecks.failedWith(o, "closer", o.failure());
        }
    }
}
