package io.netspec.shard;

import io.netspec.core.NetspecFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** SHA-256 over every feature's path and bytes, in path order: shards of the same features share it. */
final class Fingerprint {
    private Fingerprint() {
    }

    static String of(Collection<String> paths, Map<String, Path> files) {
        MessageDigest sha = sha256();
        for (String path : new TreeSet<>(paths)) {
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            Path file = files.get(path);
            if (file != null) {
                try {
                    sha.update(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the feature " + file + " to fingerprint the suite", e);
                }
            }
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** SHA-256 over lines of text, in the order given. */
    static String ofText(List<String> lines) {
        MessageDigest sha = sha256();
        lines.forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw NetspecFailure.of("this JDK has no SHA-256", e);
        }
    }
}
