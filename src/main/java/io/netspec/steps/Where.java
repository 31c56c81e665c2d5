package io.netspec.steps;

/** Where a phrase puts something: inside the host named {@code host}, or (null) in this machine's own namespace. */
record Where(String host) {
    boolean onHost() {
        return host != null;
    }
}
