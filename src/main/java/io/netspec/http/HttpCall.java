package io.netspec.http;

import io.netspec.core.ScenarioError;

import java.util.Locale;

/** One request as a scenario writes it: method, path and body (empty for none). */
public record HttpCall(String method, String path, byte[] body) {
    public HttpCall {
        if (!method.matches("[A-Za-z]+")) {
            throw ScenarioError.of("the HTTP method \"" + method + "\" is not a method; expected letters"
                    + " such as GET or POST");
        }
        method = method.toUpperCase(Locale.ROOT);
        if (!path.startsWith("/")) {
            throw ScenarioError.of("the HTTP path \"" + path + "\" should start with /, such as \"/hello\"");
        }
        body = body.clone();
    }

    public static HttpCall get(String path) {
        return new HttpCall("GET", path, new byte[0]);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
