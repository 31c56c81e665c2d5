package io.netspec.packet;

import io.netspec.fault.Impairment;
import io.netspec.fault.ImpairmentModel;

import java.util.SplittableRandom;

/**
 * One direction of traffic through a network (from one IP address to another, or between two switch
 * ports for frames without IP): its own seeded random stream and impairment model, when its last
 * frame leaves (so frames of one direction keep their order unless one is reordered on purpose),
 * how many of its frames wait in the scheduler, and the frame held back to be overtaken.
 */
final class Path {
    /** A frame held back until the next one of its direction has gone. */
    record Held(Crossing crossing, Delivery delivery) {
        void deliver() {
            delivery.deliver(crossing);
        }
    }

    final String key;
    final Between direction;
    private final SplittableRandom random;
    private ImpairmentModel model;   // guarded by the treatment
    private Impairment settings;     // guarded by the treatment
    long lastDeparture;              // guarded by the treatment
    int pending;                     // guarded by this
    Held held;                       // guarded by this

    Path(String key, Between direction, long seed, Impairment settings) {
        this.key = key;
        this.direction = direction;
        // Each direction's stream depends on the seed and the direction only, not on which came first.
        this.random = new SplittableRandom(seed ^ (key.hashCode() * 0x9E37_79B9_7F4A_7C15L));
        use(settings);
    }

    void use(Impairment changed) {
        if (!changed.equals(settings)) {
            settings = changed;
            model = new ImpairmentModel(changed, random);
        }
    }

    Impairment settings() {
        return settings;
    }

    ImpairmentModel.Decision next() {
        return model.next();
    }
}
