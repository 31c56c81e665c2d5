package io.netspec.report;

import java.util.List;

/**
 * The index page's section about shards: for one shard's run, which shard ran and where each feature
 * landed and why; for a merged run, each shard's host and wall time. Plain text, escaped by the page.
 */
public record ShardSection(String heading, List<String> paragraphs, List<String> columns, List<List<String>> rows) {
    public ShardSection {
        paragraphs = List.copyOf(paragraphs);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
