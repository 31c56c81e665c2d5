package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.ExpectationFailure;

/** Why a host at an address on a network is refused, or the failure that it is not. */
public final class Refusals {
    private Refusals() {
    }

    /** Why a new host at {@code address} on {@code network} is refused; fails when it would be a host there. */
    public static String hostAt(String address, Network network) {
        try {
            network.check("a new host", IpAddress.parse(address));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw ExpectationFailure.of("expected a host at " + address + " on \"" + network.name() + "\" to be refused, but"
                + " it may be a host there: \"" + network.name() + "\" is " + network.range().describe());
    }
}
