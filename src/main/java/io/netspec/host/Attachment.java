package io.netspec.host;

import io.netspec.address.IpAddress;

/** A host's place on a network: its address there, its interface's MAC address and name inside the host. */
public record Attachment(String host, IpAddress address, String mac, String interfaceName, boolean router) {
}
