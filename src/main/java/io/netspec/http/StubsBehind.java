package io.netspec.http;

import io.netspec.core.ScenarioError;
import io.netspec.socket.Target;

import java.util.Optional;

/** The HTTP stub a request to a target reaches, straight or through links (each hop's {@link Target#forwardsTo()}). */
public final class StubsBehind {
    private StubsBehind() {
    }

    /** The HTTPS stub a request to {@code target} reaches, straight or through links, if any. */
    public static Optional<HttpStub> https(Target target) {
        return any(target).filter(HttpStub::isHttps);
    }

    /** The HTTP or HTTPS stub a request to {@code target} reaches, straight or through links, if any. */
    public static Optional<HttpStub> any(Target target) {
        for (Optional<Target> t = Optional.of(target); t.isPresent(); t = t.get().forwardsTo()) {
            if (t.get() instanceof HttpStub stub) {
                return Optional.of(stub);
            }
        }
        return Optional.empty();
    }

    /** Fails when {@code target} (named {@code name}) leads to a stub that speaks plain HTTP, for an HTTPS request. */
    public static void requireHttps(String name, Target target) {
        any(target).filter(stub -> !stub.isHttps()).ifPresent(stub -> {
            throw ScenarioError.of("\"" + name + "\" leads to " + stub.describe() + ", which speaks plain"
                    + " HTTP; an HTTPS request needs an HTTPS stub (Given an HTTPS stub \"secure\" that answers GET"
                    + " \"/hi\" with status 200 and body \"hi\"), a link to one, or \"host:port\" of an HTTPS server");
        });
    }
}
