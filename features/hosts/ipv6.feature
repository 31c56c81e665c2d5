@hosts
Feature: An IPv6 network
  IPv6 networks work the same way: neighbour discovery passes through the switch like ARP does.

  Background:
    Given a network "v6lab" on "fd00:1::/64"
    And a host "web" at "fd00:1::10" on "v6lab"
    And a host "db" at "fd00:1::20" on "v6lab"

  Scenario: Two IPv6 hosts reach each other
    Then host "web" reaches "fd00:1::20"
    And host "db" reaches "fd00:1::10"

  Scenario: TCP over IPv6 across the switch
    Given a TCP echo server "echo" on host "db"
    And a TCP client "alice" on host "web" connected to "echo"
    When "alice" sends "hello over IPv6"
    Then "alice" receives "hello over IPv6" within 1 s

  Scenario: The all-zeros host part names the network
    Then a host at "fd00:1::" on "v6lab" is refused
    And a host at "fd00:2::1" on "v6lab" is refused

  Scenario: Routers forward IPv6 too, and the path shows them
    Given a network "v6transit" on "fd00:9::/64"
    And a network "v6dc" on "fd00:2::/64"
    And a host "store" at "fd00:2::30" on "v6dc"
    And a router "gw1" at "fd00:1::1" on "v6lab" and "fd00:9::1" on "v6transit"
    And a router "gw2" at "fd00:9::2" on "v6transit" and "fd00:2::1" on "v6dc"
    Then host "web" reaches "fd00:2::30"
    And the path from host "web" to "fd00:2::30" goes through "gw1, gw2"
    And the path from host "web" to "fd00:1::20" crosses no router
