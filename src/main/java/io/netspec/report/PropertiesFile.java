package io.netspec.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * A properties file in a reports folder, named by what it holds ("the run data", "the shard plan") for its
 * messages. It is written beside itself first and moved into place, so a reader never sees half of one.
 */
final class PropertiesFile {
    private final String what;
    private final String name;

    PropertiesFile(String what, String name) {
        this.what = what;
        this.name = name;
    }

    void write(Path folder, Properties p) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            Path partial = folder.resolve(name + ".partial");
            try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                p.store(w, "netspec " + what.substring("the ".length()));
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " into " + folder, e);
        }
    }

    /** The file's properties, or empty when the folder has no such file. */
    Optional<Properties> read(Path folder) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + file, e);
        }
        return Optional.of(p);
    }
}
