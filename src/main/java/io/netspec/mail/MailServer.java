package io.netspec.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.netspec.core.NetspecFailure;
import io.netspec.core.Threads;
import io.netspec.socket.SocketPlace;
import io.netspec.socket.Target;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.time.Duration;
import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1 and an ephemeral port, started for one scenario and
 * stopped after it. It is a {@link Target}, so clients and links can point at it by name.
 */
public final class MailServer implements Target, AutoCloseable {
    private static final Duration START_BOUND = Duration.ofSeconds(10);

    private final String name;
    private final GreenMail greenMail;
    private final HandlerFailures handlerFailures;
    private final SocketPlace place;

    private MailServer(String name, GreenMail greenMail, HandlerFailures handlerFailures, SocketPlace place) {
        this.name = name;
        this.greenMail = greenMail;
        this.handlerFailures = handlerFailures;
        this.place = place;
    }

    /**
     * Starts GreenMail from a thread of its own {@link HandlerFailures} group, so that its threads are
     * made in that group, and waits at most {@link #START_BOUND} for it to be ready.
     */
    public static MailServer start(String name) {
        return start(name, SocketPlace.HERE);
    }

    /** As {@link #start(String)}, in {@code place}: on this machine's 127.0.0.1, or on a host's own address inside it. */
    public static MailServer start(String name, SocketPlace place) {
        ServerSetup setup = new ServerSetup(0, place.serverAddress(4).getHostAddress(), ServerSetup.PROTOCOL_SMTP).dynamicPort();
        GreenMail greenMail = place == SocketPlace.HERE ? new GreenMail(setup) : new PlacedGreenMail(setup, place);
        HandlerFailures group = new HandlerFailures(name);
        FutureTask<Void> starting = new FutureTask<>(greenMail::start, null);
        Thread starter = new Thread(group, starting, Threads.name("mail-start", name));
        starter.setDaemon(true);
        starter.start();
        try {
            starting.get(START_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            NetspecFailure failure = NetspecFailure.of("the SMTP server \"" + name + "\" (GreenMail) did not start"
                    + (e instanceof TimeoutException ? " within " + START_BOUND.toSeconds() + " s" : ": " + cause), cause);
            stopHalfStarted(greenMail, starter, failure);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw failure;
        }
        return new MailServer(name, greenMail, group, place);
    }

    /**
     * Stops a server whose start failed or ran out of time, then waits (bounded) for the thread that was
     * starting it, so no server thread or port outlives the failure unnoticed: what goes wrong is added
     * to {@code failure}.
     */
    private static void stopHalfStarted(GreenMail greenMail, Thread starter, NetspecFailure failure) {
        try {
            greenMail.stop();
            starter.join(START_BOUND.toMillis());
            if (starter.isAlive()) {
                failure.addSuppressed(NetspecFailure.of("its start was still running " + START_BOUND.toSeconds()
                        + " s after it was stopped"));
            }
        } catch (RuntimeException | InterruptedException e) {
            failure.addSuppressed(e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * How each of the server's connection threads that failed ended (GreenMail's handler throws when a
     * client resets its connection mid-dialogue), in the order they did; empty when none failed.
     */
    public List<String> handlerFailures() {
        return handlerFailures.failures();
    }

    /** {@link #handlerFailures()} as the report shows them: one a line, or "none". */
    public String handlerFailureReport() {
        List<String> failed = handlerFailures();
        return failed.isEmpty() ? "none" : String.join("\n", failed);
    }

    /** The mails delivered to the mailbox of {@code recipient}, oldest first. */
    public List<ReceivedMail> mailboxOf(MailAddress recipient) {
        List<ReceivedMail> all = new ArrayList<>();
        greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(recipient.text()), m -> true)
                .forEach(m -> all.add(read(recipient.text(), m)));
        return all;
    }

    /**
     * Waits at most {@code within} until the mailbox of {@code recipient} holds {@code count} mails that
     * {@code wanted} accepts, polling GreenMail's store; returns every mail of that mailbox as it then is.
     */
    public List<ReceivedMail> awaitMailbox(MailAddress recipient, Predicate<ReceivedMail> wanted, int count,
                                           Duration within) {
        try {
            await("the mailbox of " + recipient + " on " + describe() + " to hold " + count + " matching mail(s)")
                    .atMost(within).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .until(() -> mailboxOf(recipient).stream().filter(wanted).count() >= count);
        } catch (ConditionTimeoutException e) {
            // Not reached within the bound: the caller compares what is there with what was expected.
            assert e.getMessage() != null;
        }
        return mailboxOf(recipient);
    }

    /** How many mails the server holds in all mailboxes together. */
    public int count() {
        return greenMail.getReceivedMessages().length;
    }

    private ReceivedMail read(String mailbox, MimeMessage m) {
        try {
            return new ReceivedMail(mailbox, String.join(", ", addresses(m.getFrom())),
                    addresses(m.getRecipients(Message.RecipientType.TO)), String.valueOf(m.getSubject()),
                    Mail.canonical(GreenMailUtil.getBody(m)));
        } catch (MessagingException e) {
            throw NetspecFailure.of(describe() + " holds a mail it cannot read back: " + e, e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    @Override
    public SocketAddress address() {
        return new InetSocketAddress(place.serverAddress(4), greenMail.getSmtp().getPort());
    }

    @Override
    public java.util.Optional<SocketPlace> place() {
        return java.util.Optional.of(place);
    }

    @Override
    public String describe() {
        return "the SMTP server \"" + name + "\" (" + place.serverAddress(4).getHostAddress() + ":"
                + greenMail.getSmtp().getPort() + (place == SocketPlace.HERE ? "" : " inside " + place.describe()) + ")";
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
