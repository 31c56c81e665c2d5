package io.netspec.address;

import io.netspec.core.NetspecFailure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry data files: {@code #} comment lines (kept), a header line, then RFC 4180 rows. */
record Csv(String resource, List<String> comments, List<String> header, List<List<String>> rows) {

    static Csv load(String resource) {
        try (InputStream in = Csv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw NetspecFailure.of("registry data file " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> comments = new ArrayList<>();
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#")) {
                    comments.add(line.substring(1).strip());
                } else if (!line.isBlank()) {
                    List<String> cells = cells(line, resource, number);
                    if (header == null) {
                        header = cells;
                    } else if (cells.size() != header.size()) {
                        throw NetspecFailure.of(resource + " line " + number + " has " + cells.size()
                                + " cells, the header has " + header.size() + ": " + line);
                    } else {
                        rows.add(cells);
                    }
                }
            }
            if (header == null) {
                throw NetspecFailure.of(resource + " has no header line");
            }
            return new Csv(resource, List.copyOf(comments), List.copyOf(header), List.copyOf(rows));
        } catch (IOException e) {
            throw NetspecFailure.of("cannot read registry data file " + resource, e);
        }
    }

    /** The value of the {@code # key: value} comment line, or null. */
    String comment(String key) {
        for (String comment : comments) {
            if (comment.startsWith(key + ":")) {
                return comment.substring(key.length() + 1).strip();
            }
        }
        return null;
    }

    Map<String, String> row(int index) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), rows.get(index).get(i));
        }
        return row;
    }

    static List<String> cells(String line, String resource, int number) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw NetspecFailure.of(resource + " line " + number + " has an unclosed quote: " + line);
        }
        cells.add(cell.toString());
        return cells;
    }
}
