package io.netspec.measure;

/** Small Markdown-style tables for report attachments. */
final class Tables {
    private Tables() {
    }

    public static String of(String[] header, Object[]... rows) {
        int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            width[c] = header[c].length();
            for (Object[] row : rows) {
                width[c] = Math.max(width[c], String.valueOf(row[c]).length());
            }
        }
        StringBuilder s = new StringBuilder();
        line(s, header, width);
        s.append('|');
        for (int w : width) {
            s.append(" ").append("-".repeat(w)).append(" |");
        }
        s.append('\n');
        for (Object[] row : rows) {
            line(s, row, width);
        }
        return s.toString();
    }

    private static void line(StringBuilder s, Object[] cells, int[] width) {
        s.append('|');
        for (int c = 0; c < cells.length; c++) {
            String v = String.valueOf(cells[c]);
            s.append(' ').append(v).append(" ".repeat(width[c] - v.length())).append(" |");
        }
        s.append('\n');
    }
}
