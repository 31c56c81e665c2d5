package io.netspec.steps;

/** Where a phrase puts something: inside the host named {@code host}, or (null) in this machine's own namespace. */
public record Where(String host) {
    public boolean onHost() {
        return host != null;
    }
}
