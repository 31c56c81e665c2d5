package io.netspec.address;

import io.netspec.core.ScenarioError;

/**
 * One block of an IANA special-purpose address registry, every column kept as IANA prints it
 * (booleans may carry footnote marks such as {@code "False [1]"}, or be {@code "N/A"} or empty).
 *
 * @param cidr the block; a row listing two blocks becomes two {@code SpecialBlock}s
 * @param addressBlock the registry's "Address Block" cell, as written
 * @param registry the registry's name and date
 */
public record SpecialBlock(Cidr cidr, String addressBlock, String name, String rfc, String allocationDate,
                           String terminationDate, String source, String destination, String forwardable,
                           String globallyReachable, String reservedByProtocol, String registry) {

    /** The "Globally Reachable" column as a boolean, or null when IANA says N/A or leaves it empty. */
    public Boolean globallyReachableValue() {
        return bool(globallyReachable);
    }

    public Boolean sourceValue() {
        return bool(source);
    }

    public Boolean destinationValue() {
        return bool(destination);
    }

    public Boolean forwardableValue() {
        return bool(forwardable);
    }

    public Boolean reservedByProtocolValue() {
        return bool(reservedByProtocol);
    }

    static Boolean bool(String cell) {
        String word = cell.replaceAll("\\s*\\[\\d+]", "").strip();
        if (word.equalsIgnoreCase("True")) {
            return Boolean.TRUE;
        }
        if (word.equalsIgnoreCase("False")) {
            return Boolean.FALSE;
        }
        if (word.isEmpty() || word.equalsIgnoreCase("N/A")) {
            return null;
        }
        throw ScenarioError.of("registry cell \"" + cell + "\" is not True, False, N/A or empty");
    }

    @Override
    public String toString() {
        return cidr + " \"" + name + "\" " + rfc;
    }
}
