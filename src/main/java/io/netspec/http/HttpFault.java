package io.netspec.http;

import com.github.tomakehurst.wiremock.http.Fault;

/** The ways a stub can break a response on purpose, as WireMock does them. */
public enum HttpFault {
    CONNECTION_RESET(Fault.CONNECTION_RESET_BY_PEER, "resetting the connection"),
    EMPTY_RESPONSE(Fault.EMPTY_RESPONSE, "closing the connection without a response"),
    MALFORMED_CHUNK(Fault.MALFORMED_RESPONSE_CHUNK, "sending a malformed chunk"),
    RANDOM_DATA(Fault.RANDOM_DATA_THEN_CLOSE, "sending garbage and closing");

    private final Fault wiremock;
    private final String words;

    HttpFault(Fault wiremock, String words) {
        this.wiremock = wiremock;
        this.words = words;
    }

    Fault wiremock() {
        return wiremock;
    }

    public String words() {
        return words;
    }
}
