/**
 * Shards: cutting the suite's features into N fair parts for N CI runners ({@code -Dnetspec.shard=2/4}),
 * running one part, and merging the parts' report folders into the report one run would have written.
 * May import {@code io.netspec.report} (the report formats it merges); nothing imports this package
 * except the JUnit Platform, which loads {@link io.netspec.shard.ShardFilter} by its service file.
 */
package io.netspec.shard;
