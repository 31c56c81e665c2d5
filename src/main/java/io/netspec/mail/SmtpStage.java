package io.netspec.mail;

/** The points of an SMTP dialogue, in order, as a failed send names them. */
public enum SmtpStage {
    CONNECT("connect"),
    GREETING("greeting"),
    EHLO("EHLO"),
    MAIL_FROM("MAIL FROM"),
    RCPT_TO("RCPT TO"),
    DATA("DATA"),
    QUIT("QUIT");

    private final String words;

    SmtpStage(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
