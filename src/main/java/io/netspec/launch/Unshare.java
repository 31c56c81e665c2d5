package io.netspec.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * util-linux's unshare and how it maps the user into a new user namespace, chosen by its version:
 * from 2.38 on, {@code --map-current-user --keep-caps} (the user's own uid, all capabilities kept as
 * ambient ones, so programs the JVM starts hold them too); before, {@code --map-root-user} (uid 0 inside,
 * which is the user outside; the JVM is then told the user's own home and name).
 *
 * @param path  the command's absolute path
 * @param major util-linux's major version
 * @param minor util-linux's minor version
 */
public record Unshare(String path, int major, int minor) {
    private static final Pattern VERSION = Pattern.compile("util-linux (\\d+)\\.(\\d+)");

    /** The version out of {@code unshare --version}'s one line ("unshare from util-linux 2.38.1"); 0.0 if it names none. */
    static Unshare of(String path, String versionLine) {
        Matcher m = VERSION.matcher(versionLine);
        return m.find() ? new Unshare(path, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : new Unshare(path, 0, 0);
    }

    /** Maps the current user to itself and keeps the capabilities (util-linux 2.38 and later). */
    public boolean mapsCurrentUser() {
        return major > 2 || (major == 2 && minor >= 38);
    }

    /** The options that make a user namespace with the user mapped in and every capability held. */
    public List<String> userNamespace() {
        return mapsCurrentUser() ? List.of("--user", "--map-current-user", "--keep-caps") : List.of("--user", "--map-root-user");
    }

    /** {@code unshare <options> -- <command>}. */
    public List<String> command(List<String> command) {
        List<String> all = new ArrayList<>(List.of(path));
        all.addAll(userNamespace());
        all.add("--");
        all.addAll(command);
        return all;
    }

    @Override
    public String toString() {
        return path + " (util-linux " + major + "." + minor + ")";
    }
}
