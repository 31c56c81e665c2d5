package io.netspec.mail;

import java.util.List;

/** One SMTP reply: its lines as the server sent them, and the code of the last (zero when it has none). */
record SmtpReply(List<String> lines) {
    SmtpReply {
        lines = List.copyOf(lines);
    }

    /** True when every line starts with three digits and a space or hyphen, the last with a space. */
    boolean isSmtp() {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            char sep = i == lines.size() - 1 ? ' ' : '-';
            boolean ok = l.length() >= 3 && l.substring(0, 3).chars().allMatch(Character::isDigit)
                    && (l.length() == 3 || l.charAt(3) == sep);
            if (!ok) {
                return false;
            }
        }
        return !lines.isEmpty();
    }

    int code() {
        return isSmtp() ? Integer.parseInt(lines.get(lines.size() - 1).substring(0, 3)) : 0;
    }

    String text() {
        return String.join("\\r\\n", lines);
    }
}
