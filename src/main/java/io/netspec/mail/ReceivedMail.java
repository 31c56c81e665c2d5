package io.netspec.mail;

import java.util.List;

/** A mail as the server stored it: the mailbox it is in, its sender, recipients, subject and body. */
public record ReceivedMail(String mailbox, String from, List<String> to, String subject, String body) {
    public ReceivedMail {
        to = List.copyOf(to);
    }

    @Override
    public String toString() {
        return "for " + mailbox + " from " + from + ", subject \"" + subject + "\", body \""
                + body.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
