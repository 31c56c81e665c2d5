package io.netspec.report;

import java.net.URI;
import java.util.Objects;

/**
 * Where a feature file lives, as people name it: {@code features/ip/classes.feature}, and its
 * capability, the folder under {@code features/} ({@code ip}). Works for any file or classpath URI.
 */
record FeaturePath(String display, String capability) {
    /** The capability of feature files that sit directly in {@code features/}. */
    public static final String TOP = "(top)";

    public FeaturePath {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(capability, "capability");
    }

    public static FeaturePath of(URI uri) {
        String path = uri.getPath() != null ? uri.getPath() : uri.getSchemeSpecificPart();
        return of(path == null ? uri.toString() : path);
    }

    public static FeaturePath of(String path) {
        String normalized = path.replace('\\', '/');
        int at = normalized.lastIndexOf("/features/");
        String relative;
        if (at >= 0) {
            relative = normalized.substring(at + 1);
        } else if (normalized.startsWith("features/")) {
            relative = normalized;
        } else {
            int slash = normalized.lastIndexOf('/');
            String parent = slash > 0 ? normalized.substring(normalized.lastIndexOf('/', slash - 1) + 1, slash) : "";
            return new FeaturePath(normalized.substring(slash + 1), parent.isEmpty() ? TOP : parent);
        }
        String[] parts = relative.split("/");
        return new FeaturePath(relative, parts.length > 2 ? parts[1] : TOP);
    }
}
