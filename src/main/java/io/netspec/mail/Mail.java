package io.netspec.mail;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.text.Size;

import jakarta.mail.internet.MimeUtility;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One plain-text mail: sender, recipients, subject and body. */
public record Mail(MailAddress from, List<MailAddress> to, String subject, String body) {
    /** The largest body netspec writes for a mail of a given size: it is held in memory, by netspec and GreenMail. */
    public static final Size LARGEST = new Size(32L * 1024 * 1024);

    public Mail {
        if (to.isEmpty()) {
            throw ScenarioError.of("a mail needs at least one recipient");
        }
        if (subject.contains("\r") || subject.contains("\n")) {
            throw ScenarioError.of("the subject \"" + subject.replace("\r", "\\r").replace("\n", "\\n")
                    + "\" holds a line break; a subject is one line");
        }
        to = List.copyOf(to);
    }

    /** Recipients written as one text, separated by commas: "bob@example.org, carol@example.org". */
    public static List<MailAddress> recipients(String text) {
        return Arrays.stream(text.split(",", -1)).map(String::strip).map(MailAddress::new).toList();
    }

    /** The body as it travels: every line ended by CRLF, whatever ended it in the scenario. */
    public static String canonical(String body) {
        String crlf = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n");
        return crlf.endsWith("\r\n") ? crlf.substring(0, crlf.length() - 2) : crlf;
    }

    /** A header value as it may travel: as written when ASCII, else as an RFC 2047 encoded word. */
    private static String header(String value) {
        if (value.chars().allMatch(c -> c < 0x80)) {
            return value;
        }
        try {
            return MimeUtility.encodeText(value, "UTF-8", "B");
        } catch (UnsupportedEncodingException e) {
            throw NetspecFailure.of("this JVM cannot encode UTF-8: " + e, e);
        }
    }

    /**
     * The message as DATA sends it: headers, a blank line, the body with every line that starts with a
     * dot given one more (RFC 5321 4.5.2, dot-stuffing), then the ending line with a single dot.
     */
    byte[] wire() {
        StringBuilder s = new StringBuilder();
        s.append("From: ").append(from).append("\r\n");
        s.append("To: ").append(String.join(", ", to.stream().map(MailAddress::text).toList())).append("\r\n");
        s.append("Subject: ").append(header(subject)).append("\r\n");
        s.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(ZonedDateTime.now()))
                .append("\r\n");
        s.append("Message-ID: <").append(UUID.randomUUID()).append("@netspec>\r\n");
        s.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        for (String line : canonical(body).split("\r\n", -1)) {
            s.append(line.startsWith(".") ? "." : "").append(line).append("\r\n");
        }
        s.append(".\r\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
