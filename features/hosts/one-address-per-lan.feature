@hosts @conflict
Feature: One address per LAN: a taken address is found in use
  The note: an IP address is "unique on its local network". netspec refuses a second host at a taken
  address; one given it on purpose ("despite the address being taken") finds it in use by the
  duplicate-address detection a computer runs when it joins a network: for IPv4, ARP probes as RFC 5227
  sends them (the Linux kernel does none by itself), for IPv6 the kernel's own detection (RFC 4862),
  which marks the address "dadfailed" and never uses it. The report says whose MAC address the other
  hosts then reach, with the capture's frames about the address.

  Scenario: IPv4: the newcomer's ARP probe is answered by the host that has the address
    Given a network "office" on "192.168.1.0/24"
    And a host "printer" at "192.168.1.10" on "office"
    And a host "web" at "192.168.1.20" on "office"
    And a host "copycat" at "192.168.1.10" on "office" despite the address being taken
    Then host "copycat" finds "192.168.1.10" already in use
    And a host at "192.168.1.10" on "office" is refused

  Scenario: IPv6: the newcomer's own kernel finds the address taken and does not use it
    Given a network "v6lab" on "fd00:1::/64"
    And a host "printer" at "fd00:1::10" on "v6lab"
    And a host "web" at "fd00:1::20" on "v6lab"
    And a host "copycat" at "fd00:1::10" on "v6lab" despite the address being taken
    Then host "copycat" finds "fd00:1::10" already in use
    And host "web" reaches "fd00:1::10"
