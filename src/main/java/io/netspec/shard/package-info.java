/**
 * Shards: cutting the suite's features into N fair parts for N CI runners ({@code -Dnetspec.shard=2/4}),
 * running one part, and merging the parts' report folders into the report one run would have written.
 * Nothing imports this package except the JUnit Platform, which loads {@link io.netspec.shard.ShardFilter} by
 * its service file.
 *
 * <p>May import: {@code core}, {@code report} (the report formats it merges); never {@code steps}.
 */
package io.netspec.shard;
