package io.netspec.socket;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What one run of a program printed (its stdout and stderr, in the order the pipe carried them), kept
 * within a bound whatever it prints: each line cut at {@link #LINE_BOUND} bytes, the first
 * {@link #HEAD_BOUND} bytes of lines and the last {@link #TAIL_BOUND} bytes of lines kept (at most
 * {@link #LINES_BOUND} lines each, so endless empty lines are bounded too), and what falls between head
 * and tail counted, not kept. A last line without a newline is kept when the output ends. One reader
 * thread feeds it through a fixed buffer; any thread reads it. Lines are checked against a pattern as they
 * come, so a line that is later dropped from the middle was still seen.
 */
public final class ProgramOutput {
    public static final int LINE_BOUND = 4 * 1024;
    public static final int HEAD_BOUND = 64 * 1024;
    public static final int TAIL_BOUND = 64 * 1024;
    public static final int LINES_BOUND = 2_000;

    private final Consumer<String> lineListener;
    private final List<OutputLine> head = new ArrayList<>();
    private final ArrayDeque<OutputLine> tail = new ArrayDeque<>();
    private final byte[] current = new byte[LINE_BOUND];
    private final List<Pattern> awaited = new ArrayList<>();
    private final List<String> matched = new ArrayList<>();
    private int currentLength;
    private long currentCut;
    private long headBytes;
    private long tailBytes;
    private long bytes;
    private long lines;
    private long droppedBytes;
    private long droppedLines;
    private long longLines;
    private long longLineBytesCut;
    private boolean ended;
    private boolean lastWithoutNewline;
    private String readFailure;

    /** Output whose lines only are kept. */
    public ProgramOutput() {
        this(line -> { });
    }

    /** Output that also hands each whole line (cut at {@link #LINE_BOUND}) to {@code lineListener} as it comes, on the reader's thread. */
    public ProgramOutput(Consumer<String> lineListener) {
        this.lineListener = lineListener;
    }

    /** Takes {@code length} bytes of output from {@code buffer} (the reader's own, reused). */
    public synchronized void feed(byte[] buffer, int offset, int length) {
        bytes += length;
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (buffer[i] == '\n') {
                append(buffer, start, i - start);
                complete(true);
                start = i + 1;
            }
        }
        append(buffer, start, end - start);
        if (!awaited.isEmpty() && currentLength > 0) {
            check(new OutputLine(Arrays.copyOf(current, currentLength), currentCut, false).text());
        }
    }

    private void append(byte[] buffer, int from, int count) {
        int room = Math.min(count, LINE_BOUND - currentLength);
        System.arraycopy(buffer, from, current, currentLength, room);
        currentLength += room;
        currentCut += count - room;
    }

    /** The output ended (EOF): a last line without a newline is kept. {@code failure}: why reading stopped, if it failed. */
    public synchronized void end(String failure) {
        if (currentLength > 0 || currentCut > 0) {
            complete(false);
            lastWithoutNewline = true;
        }
        ended = true;
        readFailure = failure;
        notifyAll();
    }

    private void complete(boolean newline) {
        OutputLine line = new OutputLine(Arrays.copyOf(current, currentLength), currentCut, newline);
        currentLength = 0;
        currentCut = 0;
        lines++;
        if (line.cut() > 0) {
            longLines++;
            longLineBytesCut += line.cut();
        }
        long cost = line.bytes().length + 1L;
        if (droppedLines == 0 && tail.isEmpty() && headBytes + cost <= HEAD_BOUND && head.size() < LINES_BOUND) {
            head.add(line);
            headBytes += cost;
        } else {
            tail.addLast(line);
            tailBytes += cost;
            while (tailBytes > TAIL_BOUND || tail.size() > LINES_BOUND) {
                OutputLine gone = tail.removeFirst();
                tailBytes -= gone.bytes().length + 1L;
                droppedLines++;
                droppedBytes += gone.printed();
            }
        }
        if (!awaited.isEmpty()) {
            check(line.text());
        }
        lineListener.accept(line.text());
    }

    private void check(String text) {
        for (Pattern p : awaited) {
            if (p.matcher(text).find()) {
                matched.add(text);
                notifyAll();
                return;
            }
        }
    }

    /**
     * The first line (the kept ones, the one being printed, then each as it comes) in which {@code pattern}
     * finds a match, waiting at most {@code within}; empty when none came by then or the output ended first.
     */
    public synchronized Optional<String> awaitLine(Pattern pattern, Duration within) throws InterruptedException {
        for (OutputLine line : keptLines()) {
            if (pattern.matcher(line.text()).find()) {
                return Optional.of(line.text());
            }
        }
        awaited.add(pattern);
        int seen = matched.size();
        long deadline = System.nanoTime() + within.toNanos();
        try {
            if (currentLength > 0) {
                check(new OutputLine(Arrays.copyOf(current, currentLength), currentCut, false).text());
            }
            while (true) {
                for (int i = seen; i < matched.size(); i++) {
                    if (pattern.matcher(matched.get(i)).find()) {
                        return Optional.of(matched.get(i));
                    }
                }
                seen = matched.size();
                long left = deadline - System.nanoTime();
                if (ended || left <= 0) {
                    return Optional.empty();
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } finally {
            awaited.remove(pattern);
            if (awaited.isEmpty()) {
                matched.clear();
            }
        }
    }

    /** How many callers wait for a line now. */
    synchronized int waiting() {
        return awaited.size();
    }

    /** Whether the kept output (the line being printed included) contains {@code needle}, byte for byte. */
    public synchronized boolean contains(byte[] needle) {
        byte[] kept = keptBytes();
        outer:
        for (int i = 0; i + needle.length <= kept.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (kept[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private List<OutputLine> keptLines() {
        List<OutputLine> all = new ArrayList<>(head);
        all.addAll(tail);
        if (currentLength > 0) {
            all.add(new OutputLine(Arrays.copyOf(current, currentLength), currentCut, false));
        }
        return all;
    }

    /** The kept bytes as printed, lines joined by their newlines (cut lines as far as they were kept). */
    synchronized byte[] keptBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (OutputLine line : keptLines()) {
            out.writeBytes(line.bytes());
            if (line.newline()) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    public synchronized long bytes() {
        return bytes;
    }

    public synchronized long lines() {
        return lines + (currentLength > 0 || currentCut > 0 ? 1 : 0);
    }

    public synchronized boolean ended() {
        return ended;
    }

    /** What was kept and what was cut, in one sentence. */
    public synchronized String summary() {
        StringBuilder s = new StringBuilder().append(bytes).append(" bytes in ").append(lines()).append(" line(s)");
        if (droppedLines == 0 && longLines == 0) {
            s.append(", all kept");
        } else {
            s.append("; kept: the first ").append(head.size()).append(" and the last ").append(tail.size())
                    .append(" line(s) (bounds: ").append(HEAD_BOUND / 1024).append(" KiB and ").append(TAIL_BOUND / 1024)
                    .append(" KiB, ").append(LINES_BOUND).append(" lines each)");
            if (droppedLines > 0) {
                s.append("; cut between them: ").append(droppedLines).append(" line(s), ").append(droppedBytes).append(" bytes");
            }
            if (longLines > 0) {
                s.append("; ").append(longLines).append(" line(s) longer than ").append(LINE_BOUND)
                        .append(" bytes cut to that length (").append(longLineBytesCut).append(" bytes cut)");
            }
        }
        if (lastWithoutNewline) {
            s.append("; the last line has no newline");
        }
        if (readFailure != null) {
            s.append("; reading it failed: ").append(readFailure);
        }
        return s.toString();
    }

    /** The kept output as text, with a line where the middle was cut and a note on each cut line. */
    public synchronized String text() {
        StringBuilder s = new StringBuilder();
        head.forEach(line -> appendLine(s, line));
        if (droppedLines > 0) {
            s.append("[... ").append(droppedLines).append(" line(s), ").append(droppedBytes).append(" bytes not kept ...]\n");
        }
        tail.forEach(line -> appendLine(s, line));
        if (currentLength > 0) {
            appendLine(s, new OutputLine(Arrays.copyOf(current, currentLength), currentCut, false));
        }
        return s.toString();
    }

    /** Reads {@code in} to its end through one fixed buffer, then ends this output (saying why, if reading failed). */
    public void readAll(java.io.InputStream in) {
        byte[] buffer = new byte[8192];
        String failure = null;
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                feed(buffer, 0, n);
            }
        } catch (java.io.IOException e) {
            failure = e.toString();
        }
        end(failure);
    }

    private static void appendLine(StringBuilder s, OutputLine line) {
        s.append(line.text());
        if (line.cut() > 0) {
            s.append(" [... ").append(line.cut()).append(" more bytes of this line not kept]");
        }
        s.append(line.newline() ? "\n" : " [no newline at the end]\n");
    }
}
