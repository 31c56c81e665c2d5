package io.netspec.fault;

import eu.rekawek.toxiproxy.model.ToxicDirection;

import java.util.Locale;

/** Which way a toxic acts: downstream is server to client (Toxiproxy's default), upstream is client to server. */
public enum Direction {
    DOWNSTREAM(ToxicDirection.DOWNSTREAM),
    UPSTREAM(ToxicDirection.UPSTREAM);

    private final ToxicDirection toxiproxy;

    Direction(ToxicDirection toxiproxy) {
        this.toxiproxy = toxiproxy;
    }

    ToxicDirection toxiproxy() {
        return toxiproxy;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
