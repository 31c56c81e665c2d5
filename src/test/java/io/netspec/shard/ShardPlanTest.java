package io.netspec.shard;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardPlanTest {
    @Test
    void everyFeatureLandsInExactlyOneShardAndTheCutDoesNotDependOnOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            List<SuiteFeature> features = new ArrayList<>();
            Map<String, Long> times = new HashMap<>();
            int count = 1 + random.nextInt(60);
            for (int i = 0; i < count; i++) {
                String path = "features/c" + (i % 5) + "/f" + i + ".feature";
                features.add(new SuiteFeature(path, 1 + random.nextInt(20)));
                if (random.nextInt(4) > 0) {
                    times.put(path, (long) random.nextInt(10_000));
                }
            }
            int shards = 1 + random.nextInt(9);
            ShardPlan plan = ShardPlan.of(features, shards, times, "file");
            List<SuiteFeature> shuffled = new ArrayList<>(features);
            Collections.shuffle(shuffled, random);

            assertThat(ShardPlan.of(shuffled, shards, times, "file")).isEqualTo(plan);
            assertThat(plan.placements()).extracting(Placement::feature).containsExactlyInAnyOrderElementsOf(features);
            assertThat(plan.placements()).allSatisfy(p -> assertThat(p.shard()).isBetween(1, shards));
            long sum = 0;
            for (int s = 1; s <= shards; s++) {
                sum += plan.load(s);
            }
            assertThat(sum).isEqualTo(plan.total());
        }
    }

    @Test
    void heaviestFirstToTheLightestShard() {
        List<SuiteFeature> features = List.of(new SuiteFeature("features/a.feature", 1), new SuiteFeature("features/b.feature", 1),
                new SuiteFeature("features/c.feature", 1), new SuiteFeature("features/d.feature", 1));
        Map<String, Long> times = Map.of("features/a.feature", 7000L, "features/b.feature", 5000L,
                "features/c.feature", 4000L, "features/d.feature", 3000L);

        ShardPlan plan = ShardPlan.of(features, 2, times, "history");

        assertThat(plan.basis()).isEqualTo(ShardPlan.Basis.DURATIONS);
        assertThat(plan.in(1)).extracting(p -> p.feature().path()).containsExactly("features/a.feature", "features/d.feature");
        assertThat(plan.in(2)).extracting(p -> p.feature().path()).containsExactly("features/b.feature", "features/c.feature");
        assertThat(plan.load(1)).isEqualTo(10_000);
        assertThat(plan.load(2)).isEqualTo(9_000);
        assertThat(plan.reason(plan.in(1).get(1))).isEqualTo(
                "3.00 s recorded; given to shard 1, the lightest at 7.00 s when its turn came (heaviest features first)");
    }

    @Test
    void byScenarioCountWithoutDurationsAndEstimatesFeaturesWithoutOne() {
        List<SuiteFeature> features = List.of(new SuiteFeature("features/a.feature", 10), new SuiteFeature("features/b.feature", 4),
                new SuiteFeature("features/c.feature", 2));
        ShardPlan byCount = ShardPlan.of(features, 2, Map.of(), "");
        assertThat(byCount.basis()).isEqualTo(ShardPlan.Basis.SCENARIOS);
        assertThat(byCount.load(1)).isEqualTo(10);
        assertThat(byCount.load(2)).isEqualTo(6);

        ShardPlan estimated = ShardPlan.of(features, 2, Map.of("features/a.feature", 1000L), "file");
        Placement b = estimated.placements().get(1);
        assertThat(b.cost()).isEqualTo(400);
        assertThat(b.costText()).isEqualTo("no recorded time: 4 scenarios x 100 ms average = 400 ms");
    }

    @Test
    void moreShardsThanFeaturesLeavesEmptyShards() {
        ShardPlan plan = ShardPlan.of(List.of(new SuiteFeature("features/a.feature", 3)), 3, Map.of(), "");
        assertThat(plan.in(1)).hasSize(1);
        assertThat(plan.in(2)).isEmpty();
        assertThat(plan.in(3)).isEmpty();
        assertThatThrownBy(() -> ShardPlan.of(List.of(), 0, Map.of(), "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 or more");
    }
}
