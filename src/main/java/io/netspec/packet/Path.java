package io.netspec.packet;

import io.netspec.core.NetspecFailure;
import io.netspec.impair.Impairment;
import io.netspec.impair.ImpairmentModel;

import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

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

    /** What an unimpaired model is given: it never draws, and would fail loudly if it did. */
    private static final RandomGenerator NO_CHOICES = () -> {
        throw NetspecFailure.of("an unimpaired path drew a random number");
    };

    final String key;
    final Between direction;
    private SplittableRandom random;  // made at the first impairment, from the scenario's seed
    private ImpairmentModel model;   // guarded by the treatment
    private Impairment settings;     // guarded by the treatment
    long lastDeparture;              // guarded by the treatment
    int pending;                     // guarded by this
    Held held;                       // guarded by this

    Path(String key, Between direction) {
        this.key = key;
        this.direction = direction;
        this.settings = Impairment.NONE;
        this.model = new ImpairmentModel(Impairment.NONE, NO_CHOICES);
    }

    /**
     * Uses {@code changed} from the next frame on. The random stream is made when the first real
     * impairment arrives (an unimpaired model draws nothing), so the scenario may set its seed after
     * its hosts already talk; it depends on the seed and the direction only, not on which came first.
     */
    void use(Impairment changed, LongSupplier seed) {
        if (changed.equals(settings)) {
            return;
        }
        if (random == null) {
            random = new SplittableRandom(seed.getAsLong() ^ (key.hashCode() * 0x9E37_79B9_7F4A_7C15L));
        }
        settings = changed;
        model = new ImpairmentModel(changed, random);
    }

    Impairment settings() {
        return settings;
    }

    ImpairmentModel.Decision next() {
        return model.next();
    }
}
