package io.netspec.socket;

import io.netspec.core.NetspecFailure;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A Unix-domain stream server whose socket file lives in a fresh temporary folder; closing the server
 * removes the file and the folder. {@code UnixServer.echo().named("local").start()}.
 */
public final class UnixServer extends StreamServer {
    /** Prefix of the temporary folders, so a leak check can find any left behind. */
    public static final String FOLDER_PREFIX = "netspec-unix-";

    /**
     * The start of this JVM's socket folder names, {@code netspec-unix-<pid>-}: the temporary folder is
     * shared with other builds on the machine, so a leak check counts only its own JVM's folders.
     */
    public static String folderPrefixOfThisJvm() {
        return FOLDER_PREFIX + ProcessHandle.current().pid() + "-";
    }

    private final Path folder;

    private UnixServer(String name, Behaviour behaviour, StreamCheck check, Path folder) throws IOException {
        super("Unix", name, behaviour, check, ServerSocketChannel.open(StandardProtocolFamily.UNIX),
                UnixDomainSocketAddress.of(folder.resolve(fileName(name))), null);
        this.folder = folder;
    }

    public static Builder echo() {
        return new Builder(Behaviours.echo());
    }

    public static Builder sink() {
        return new Builder(Behaviours.sink());
    }

    /** A safe file name from a scenario name: socket paths are short (108 bytes) and plain. */
    static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        return (safe.isEmpty() ? "socket" : safe.substring(0, Math.min(safe.length(), 40))) + ".sock";
    }

    @Override
    public UnixDomainSocketAddress address() {
        return (UnixDomainSocketAddress) super.address();
    }

    public Path socketFile() {
        return address().getPath();
    }

    @Override
    public String describe() {
        return "\"" + name() + "\" (" + socketFile() + ")";
    }

    @Override
    protected void afterClose() {
        try {
            Files.deleteIfExists(socketFile());
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw NetspecFailure.of("could not remove the socket file of " + describe() + ": " + e.getMessage(), e);
        }
    }

    /** Under which name a Unix-domain server starts. */
    public static final class Builder {
        private final Behaviour behaviour;
        private String name;
        private StreamCheck check = StreamCheck.SHA_256;

        private Builder(Behaviour behaviour) {
            this.behaviour = behaviour;
        }

        /** How connections check what they read (SHA-256 unless told otherwise; NONE counts only). */
        public Builder checkedWith(StreamCheck check) {
            this.check = Objects.requireNonNull(check, "check");
            return this;
        }

        public Builder named(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        public UnixServer start() {
            String n = name == null ? behaviour.describe() : name;
            Path folder;
            try {
                folder = Files.createTempDirectory(folderPrefixOfThisJvm());
            } catch (IOException e) {
                throw NetspecFailure.of("could not make a temporary folder for the socket of \"" + n + "\"", e);
            }
            try {
                return new UnixServer(n, behaviour, check, folder);
            } catch (IOException | RuntimeException e) {
                try {
                    Files.deleteIfExists(folder.resolve(fileName(n)));
                    Files.deleteIfExists(folder);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
                if (e instanceof RuntimeException r) {
                    throw r;
                }
                throw NetspecFailure.of("could not open a Unix-domain socket for \"" + n + "\": " + e.getMessage(),
                        (IOException) e);
            }
        }
    }
}
