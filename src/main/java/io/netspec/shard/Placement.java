package io.netspec.shard;

/**
 * Where one feature landed and why.
 *
 * @param cost     what the planner weighed it at (milliseconds when balancing by time, scenarios otherwise)
 * @param costText the cost as people read it, with where it came from ("1.23 s recorded")
 * @param loadBefore the shard's load when the feature was given to it (the lightest shard then)
 */
public record Placement(SuiteFeature feature, int shard, long cost, String costText, long loadBefore) {
}
