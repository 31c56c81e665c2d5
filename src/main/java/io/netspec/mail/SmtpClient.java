package io.netspec.mail;

import io.netspec.core.ScenarioError;
import io.netspec.socket.Reach;
import io.netspec.socket.SocketPlace;
import io.netspec.socket.Target;
import io.netspec.socket.Transcript;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends one mail by speaking SMTP itself (RFC 5321: greeting, EHLO, MAIL FROM, RCPT TO per recipient,
 * DATA, QUIT), each stage bounded by its own timeout, and keeps the dialogue in a transcript. A failed
 * send says at which stage it failed, in which way (from exception types and reply codes) and what
 * the server last said.
 */
public final class SmtpClient {
    private final Transcript transcript = new Transcript();
    private String lastReply;

    public Transcript transcript() {
        return transcript;
    }

    /** Sends {@code mail} to {@code target}; every stage (connect, each command and its reply) gets {@code stageTimeout}. */
    public SendOutcome send(Mail mail, Target target, Duration stageTimeout) {
        return send(mail, target, stageTimeout, SocketPlace.HERE);
    }

    /** As {@link #send(Mail, Target, Duration)}, from inside {@code place} (its socket is made there). */
    public SendOutcome send(Mail mail, Target target, Duration stageTimeout, SocketPlace place) {
        Reach.require(place, target, "the SMTP client");
        if (!(target.address() instanceof InetSocketAddress address)) {
            throw ScenarioError.of("SMTP needs a TCP target; " + target.describe() + " is not one; expected an"
                    + " SMTP server, a link, a TCP service or \"host:port\"");
        }
        String what = "a mail from " + mail.from() + " to " + mail.to() + " through " + target.describe();
        long start = System.nanoTime();
        SmtpStage stage = SmtpStage.CONNECT;
        try (SmtpConnection c = SmtpConnection.open(address, stageTimeout, transcript, place)) {
            stage = SmtpStage.GREETING;
            expect(stage, c.reply(stageTimeout), 220);
            stage = SmtpStage.EHLO;
            expect(stage, c.command("EHLO netspec.localhost", stageTimeout), 250);
            stage = SmtpStage.MAIL_FROM;
            expect(stage, c.command("MAIL FROM:<" + mail.from() + ">", stageTimeout), 250);
            stage = SmtpStage.RCPT_TO;
            for (MailAddress to : mail.to()) {
                expect(stage, c.command("RCPT TO:<" + to + ">", stageTimeout), 250);
            }
            stage = SmtpStage.DATA;
            expect(stage, c.command("DATA", stageTimeout), 354);
            c.write(mail.wire(), stageTimeout, "the message (" + mail.wire().length + " bytes, dot-stuffed)");
            expect(stage, c.reply(stageTimeout), 250);
            stage = SmtpStage.QUIT;
            expect(stage, c.command("QUIT", stageTimeout), 221);
            return new SendOutcome(what, null, null, lastReply, null, since(start));
        } catch (StageTimeout e) {
            return failed(what, stage, SendOutcome.Failure.TIMEOUT, e.getMessage(), start);
        } catch (Refusal e) {
            return failed(what, stage, e.failure, e.getMessage(), start);
        } catch (ConnectException e) {
            return failed(what, stage, SendOutcome.Failure.CONNECTION_REFUSED, e.toString(), start);
        } catch (SmtpConnection.PeerClosed e) {
            return failed(what, stage, SendOutcome.Failure.CLOSED, e.getMessage(), start);
        } catch (SocketException e) {
            // The JDK's NIO sockets report a reset peer (ECONNRESET) as a plain SocketException.
            return failed(what, stage, SendOutcome.Failure.CONNECTION_RESET, e.toString(), start);
        } catch (IOException e) {
            return failed(what, stage, SendOutcome.Failure.CONNECTION_RESET, e.toString(), start);
        }
    }

    private SendOutcome failed(String what, SmtpStage stage, SendOutcome.Failure failure, String detail, long start) {
        transcript.event("failed at the " + stage.words() + " stage: " + detail);
        return new SendOutcome(what, stage, failure, lastReply, detail, since(start));
    }

    private void expect(SmtpStage stage, SmtpReply reply, int code) throws Refusal {
        lastReply = reply.text();
        if (!reply.isSmtp()) {
            throw new Refusal(SendOutcome.Failure.NOT_SMTP, "expected an SMTP reply (three digits, then a space or -)"
                    + " at the " + stage.words() + " stage, but got \"" + reply.text() + "\"");
        }
        if (reply.code() != code) {
            throw new Refusal(SendOutcome.Failure.REJECTED, "expected reply code " + code + " at the " + stage.words()
                    + " stage, but got " + reply.code());
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** A stage ran out of time. */
    static final class StageTimeout extends IOException {
        private static final long serialVersionUID = 1L;

        StageTimeout(String message) {
            super(message);
        }
    }

    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SendOutcome.Failure failure;

        Refusal(SendOutcome.Failure failure, String message) {
            super(message);
            this.failure = failure;
        }
    }

    static String show(byte[] line) {
        return new String(line, StandardCharsets.UTF_8);
    }
}
