package io.netspec.shard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardSpecTest {
    @Test
    void readsIndexOfCount() {
        assertThat(ShardSpec.parse("2/4")).isEqualTo(new ShardSpec(2, 4));
        assertThat(ShardSpec.parse(" 1 / 1 ")).isEqualTo(new ShardSpec(1, 1));
        assertThat(new ShardSpec(3, 8)).hasToString("3/8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5/4", "0/4", "1/0", "0/0"})
    void refusesAShardThatDoesNotExist(String text) {
        assertThatThrownBy(() -> ShardSpec.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("netspec.shard=\"" + text + "\"").hasMessageContaining("does not exist")
                .hasMessageContaining("expected INDEX from 1 to COUNT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "2", "2-4", "", "1/4/2", "-1/4", "2.0/4"})
    void refusesWhatIsNoShard(String text) {
        assertThatThrownBy(() -> ShardSpec.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("netspec.shard=\"" + text + "\" is not a shard")
                .hasMessageContaining("expected INDEX/COUNT");
    }
}
