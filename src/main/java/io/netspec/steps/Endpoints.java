package io.netspec.steps;

import java.util.List;
import java.util.function.Function;

/** Registers what a step just opened; if the name is taken, closes it again so nothing is left open. */
public final class Endpoints {
    private Endpoints() {
    }

    /** Registers each of {@code things} under its name; if one name is taken, closes that one and every one after it. */
    public static <T extends AutoCloseable> List<T> keepAll(World world, String kind, List<T> things, Function<T, String> name) {
        for (int i = 0; i < things.size(); i++) {
            try {
                keep(world, name.apply(things.get(i)), kind, things.get(i));
            } catch (RuntimeException e) {
                for (T rest : things.subList(i + 1, things.size())) {
                    try {
                        rest.close();
                    } catch (Exception closing) {
                        e.addSuppressed(closing);
                    }
                }
                throw e;
            }
        }
        return things;
    }

    public static <T extends AutoCloseable> T keep(World world, String name, String kind, T thing) {
        try {
            return world.register(name, kind, thing);
        } catch (RuntimeException e) {
            try {
                thing.close();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }
}
