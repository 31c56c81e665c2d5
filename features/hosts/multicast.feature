@hosts @multicast
Feature: Multicast (class D): one datagram to a group of computers at once
  The note: class D "is used for multicast: to address a group of computers at once". A UDP sink on a
  host joins a group through the host's own kernel, which tells the network so with an IGMP report
  (IPv4) or an MLD report (IPv6). netspec's switch snoops those reports and forwards a group's
  datagrams to its members only. Multicast does not cross a router: like a router without a multicast
  routing daemon, netspec's routers do not forward it.

  Background:
    Given a network "lan" on "192.168.1.0/24"
    And a host "a" at "192.168.1.11" on "lan"
    And a host "b" at "192.168.1.12" on "lan"
    And a host "c" at "192.168.1.13" on "lan"
    And a host "studio" at "192.168.1.20" on "lan"
    And a UDP client "radio" on host "studio"

  Scenario: Every member of a group receives the one datagram sent to it, and no other host does
    Given a UDP sink server "tv1" on host "a" in the multicast group "239.1.2.3" on port 5000
    And a UDP sink server "tv2" on host "b" in the multicast group "239.1.2.3" on port 5000
    And a UDP sink server "tv3" on host "c" in the multicast group "239.9.9.9" on port 5000
    When "radio" sends the datagram "news" to "239.1.2.3:5000"
    Then "tv1" received 1 datagram within 1 s
    And "tv2" received 1 datagram within 1 s
    And "tv3" receives no datagram within 300 ms
    And the network "lan" forwarded the group "239.1.2.3" to hosts "a, b" only
    And the capture of "lan" shows host "a" joining the multicast group "239.1.2.3"
    And the capture of "lan" shows host "b" joining the multicast group "239.1.2.3"

  Scenario: A host that leaves the group gets nothing more
    Given a UDP sink server "tv1" on host "a" in the multicast group "239.1.2.3" on port 5000
    And a UDP sink server "tv2" on host "b" in the multicast group "239.1.2.3" on port 5000
    When "radio" sends the datagram "first" to "239.1.2.3:5000"
    Then "tv2" received 1 datagram within 1 s
    When "tv2" stops
    And "radio" sends the datagram "second" to "239.1.2.3:5000"
    Then "tv1" received 2 datagrams within 1 s

  Scenario: Multicast does not cross a router
    Given a network "dc" on "10.0.0.0/8"
    And a router "gw" at "192.168.1.1" on "lan" and "10.0.0.1" on "dc"
    And a host "far" at "10.0.0.5" on "dc"
    And a UDP sink server "gwtv" on host "gw" in the multicast group "239.1.2.3" on port 5000 on the network "lan"
    And a UDP sink server "fartv" on host "far" in the multicast group "239.1.2.3" on port 5000
    When "radio" sends the datagram "news" to "239.1.2.3:5000"
    Then "gwtv" received 1 datagram within 1 s
    And "fartv" receives no datagram within 500 ms
    And host "far" reaches "192.168.1.20"

  Scenario: An IPv6 group, joined with MLD
    Given a network "v6lan" on "fd00:5::/64"
    And a host "v6a" at "fd00:5::11" on "v6lan"
    And a host "v6b" at "fd00:5::12" on "v6lan"
    And a host "v6studio" at "fd00:5::20" on "v6lan"
    And a UDP client "v6radio" on host "v6studio"
    And a UDP sink server "v6tv" on host "v6a" in the multicast group "ff05::1:3" on port 5000
    When "v6radio" sends the datagram "news" to "[ff05::1:3]:5000"
    Then "v6tv" received 1 datagram within 1 s
    And the network "v6lan" forwarded the group "ff05::1:3" to host "v6a" only
    And the capture of "v6lan" shows host "v6a" joining the multicast group "ff05::1:3"
