package io.netspec.mail;

import io.netspec.core.ExpectationFailure;
import io.netspec.text.Durations;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** What a scenario expects of mail: a sending accepted or failed as named, and a mailbox holding what was sent. */
public final class MailChecks {
    private MailChecks() {
    }

    /** Fails unless {@code outcome} is a mail accepted. */
    public static void accepted(SendOutcome outcome) {
        if (outcome.failed()) {
            throw ExpectationFailure.of("expected the mail to be accepted, but " + outcome.describe());
        }
    }

    /** Fails unless sending through {@code target} failed with {@code expected}. */
    public static void failedWith(SendOutcome outcome, String target, SendOutcome.Failure expected) {
        if (outcome.failure() != expected) {
            throw ExpectationFailure.of("expected sending a mail through \"" + target + "\" to fail with "
                    + expected.words() + ", but " + outcome.describe());
        }
    }

    /**
     * Waits (at most {@code within}) until {@code server} holds {@code count} mails for {@code to} that are
     * {@code wanted} ({@code what} in words), and fails unless it does, saying what the mailbox holds.
     */
    public static void holds(MailServer server, MailAddress to, int count, Predicate<ReceivedMail> wanted, String what,
                             Duration within) {
        List<ReceivedMail> box = server.awaitMailbox(to, wanted, count, within);
        long matching = box.stream().filter(wanted).count();
        if (matching != count) {
            throw ExpectationFailure.of("expected " + server.describe() + " to hold " + count + " mail(s) for " + to + " "
                    + what + " within " + Durations.format(within) + ", but it held " + matching + " such; the mailbox"
                    + " of " + to + " holds " + box.size() + (box.isEmpty() ? "" : ": " + box) + " (" + server.count()
                    + " mail(s) on the server in all)");
        }
    }
}
