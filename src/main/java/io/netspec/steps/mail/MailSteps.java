package io.netspec.steps.mail;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.mail.Mail;
import io.netspec.mail.MailAddress;
import io.netspec.mail.MailChecks;
import io.netspec.mail.MailServer;
import io.netspec.mail.ReceivedMail;
import io.netspec.mail.SendOutcome;
import io.netspec.mail.SmtpClient;
import io.netspec.measure.TimingCheck;
import io.netspec.steps.Endpoints;
import io.netspec.steps.HostLab;
import io.netspec.steps.SocketLedger;
import io.netspec.steps.Where;
import io.netspec.steps.World;
import io.netspec.text.Durations;
import io.netspec.text.Size;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** SMTP: a GreenMail server per scenario, mails sent through a server or a link, and mailbox checks. */
public final class MailSteps {
    private final World world;
    private final SocketLedger ledger;
    private final HostLab lab;

    public MailSteps(World world, SocketLedger ledger, HostLab lab) {
        this.world = world;
        this.ledger = ledger;
        this.lab = lab;
    }

    @Given("an SMTP server {text}{place}")
    public void server(String name, Where where) {
        MailServer server = Endpoints.keep(world, name, "SMTP server", MailServer.start(name, lab.place(where)));
        world.log(server.describe());
        ledger.add("connections of the SMTP server \"" + name + "\" that failed", server::handlerFailureReport);
    }

    @When("a mail from {text} to {text} with subject {payload} is sent{origin} through {text}")
    public void send(String from, String to, byte[] subject, Where where, String target) {
        delivered(new Mail(new MailAddress(from), Mail.recipients(to), utf8(subject), "sent by netspec"), where, target);
    }

    @When("a mail from {text} to {text} with subject {payload} and body {payload} is sent{origin} through {text}")
    public void send(String from, String to, byte[] subject, byte[] body, Where where, String target) {
        delivered(new Mail(new MailAddress(from), Mail.recipients(to), utf8(subject), utf8(body)), where, target);
    }

    @When("a mail of {size} from {text} to {text} with subject {payload} is sent{origin} through {text}")
    public void sendSized(Size size, String from, String to, byte[] subject, Where where, String target) {
        delivered(new Mail(new MailAddress(from), Mail.recipients(to), utf8(subject), text(size)), where, target);
    }

    @Then("{text} holds {count} mail(s) for {text} with subject {payload} within {duration}")
    public void holds(String server, int count, String recipient, byte[] subject, Duration within) {
        String s = utf8(subject);
        check(server, recipient, count, m -> m.subject().equals(s), "with subject \"" + s + "\"", within);
    }

    @Then("{text} holds a mail for {text} with subject {payload} and body {payload} within {duration}")
    public void holdsWithBody(String server, String recipient, byte[] subject, byte[] body, Duration within) {
        String s = utf8(subject);
        String b = Mail.canonical(utf8(body));
        check(server, recipient, 1, m -> m.subject().equals(s) && m.body().equals(b),
                "with subject \"" + s + "\" and body \"" + b.replace("\r", "\\r").replace("\n", "\\n") + "\"", within);
    }

    @Then("sending a mail{origin} through {text} fails with a timeout")
    public void failsWithTimeout(Where where, String target) {
        fails(where, target, SendOutcome.Failure.TIMEOUT);
    }

    @Then("sending a mail{origin} through {text} fails with a connection reset")
    public void failsWithReset(Where where, String target) {
        fails(where, target, SendOutcome.Failure.CONNECTION_RESET);
    }

    @Then("sending the mail took between {duration} and {duration}")
    public void took(Duration low, Duration high) {
        SendOutcome o = world.recall(SendOutcome.class, "no mail has been sent yet; add a step such as: When a mail"
                + " from \"ann@example.org\" to \"bob@example.org\" with subject \"Hello\" is sent through \"mail\"");
        world.log(TimingCheck.check("sending the mail", o.elapsedOfADelivery("sending the mail to take between "
                + Durations.format(low) + " and " + Durations.format(high)), low, high, world.lateness(),
                TimingCheck.Waits.exchanges(7, "exchange of the SMTP dialogue"), o.describe()));
    }

    private void check(String server, String recipient, int count, Predicate<ReceivedMail> wanted, String what,
                       Duration within) {
        MailServer mail = world.lookup(server, MailServer.class, "SMTP server");
        MailChecks.holds(mail, new MailAddress(recipient), count, wanted, what, within);
    }

    private SendOutcome sendAndRecord(Mail mail, Where where, String target) {
        SmtpClient client = new SmtpClient();
        ledger.add("SMTP dialogue through \"" + target + "\"", () -> client.transcript().text());
        SendOutcome outcome = client.send(mail, world.target(target), world.defaultWait(), lab.place(where));
        world.remember(SendOutcome.class, outcome);
        world.log(outcome.describe());
        return outcome;
    }

    private void delivered(Mail mail, Where where, String target) {
        MailChecks.accepted(sendAndRecord(mail, where, target));
    }

    private void fails(Where where, String target, SendOutcome.Failure expected) {
        SendOutcome outcome = sendAndRecord(new Mail(new MailAddress("netspec@example.org"),
                List.of(new MailAddress("postmaster@example.org")), "netspec probe", "sent by netspec"), where, target);
        MailChecks.failedWith(outcome, target, expected);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A body of {@code size} bytes in lines of 76 letters, as long mails are written. */
    private static String text(Size size) {
        int bytes = size.atMost(Mail.LARGEST, "a mail");
        StringBuilder s = new StringBuilder(bytes);
        while (s.length() < bytes) {
            char c = (char) ('a' + (s.length() / 78) % 26);
            s.append(String.valueOf(c).repeat(76)).append("\r\n");
        }
        s.setLength(bytes);
        return s.toString();
    }
}
