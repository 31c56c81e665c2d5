package io.netspec.address;

/** A top-level block of the IANA IPv4 multicast address space registry, columns as IANA prints them. */
record MulticastBlock(IpAddress first, IpAddress last, String addressRange, String size, String designation,
                             String reference) {
    public boolean contains(IpAddress address) {
        return address.isIpv4() && address.low() >= first.low() && address.low() <= last.low();
    }

    @Override
    public String toString() {
        return addressRange + " \"" + designation + "\" " + reference;
    }
}
