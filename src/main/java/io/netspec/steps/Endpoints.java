package io.netspec.steps;

/** Registers what a step just opened; if the name is taken, closes it again so nothing is left open. */
final class Endpoints {
    private Endpoints() {
    }

    static <T extends AutoCloseable> T keep(World world, String name, String kind, T thing) {
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
