@hosts
Feature: Routers between private networks
  A router is a host on two or three networks with forwarding on. Hosts on a network with exactly one router
  get it as their default gateway, so they reach hosts on the other network through it. Routers, and
  hosts whose gateway is not the way, get a static route to every network beyond, through the router
  on the shortest path, as an administrator would set them up.

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a network "dc" on "10.0.0.0/8"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "10.0.0.5" on "dc"

  Scenario: Without a router the other network is unreachable
    Then host "web" cannot reach "10.0.0.5"
    And a TCP connection from host "web" to "10.0.0.5:80" fails with "network is unreachable"

  Scenario: Through the router, hosts on both networks reach each other
    Given a router "gw" at "192.168.1.1" on "office" and "10.0.0.1" on "dc"
    Then host "web" reaches "10.0.0.5"
    And host "db" reaches "192.168.1.10"
    And host "web" reaches "192.168.1.1"

  Scenario: A TCP echo through the router
    Given a router "gw" at "192.168.1.1" on "office" and "10.0.0.1" on "dc"
    And a TCP echo server "echo" on host "db"
    And a TCP client "alice" on host "web" connected to "echo" within 5 s
    When "alice" sends "across two networks"
    Then "alice" receives "across two networks" within 2 s

  Scenario: Through the router, nothing listens: the other host's kernel refuses
    Given a router "gw" at "192.168.1.1" on "office" and "10.0.0.1" on "dc"
    Then a TCP connection from host "web" to "10.0.0.5:81" fails with "connection refused"

  Scenario: Two routers in a row: each learns the networks beyond the other
    Given a network "transit" on "172.16.0.0/29"
    And a router "gw1" at "192.168.1.1" on "office" and "172.16.0.1" on "transit"
    And a router "gw2" at "172.16.0.2" on "transit" and "10.0.0.1" on "dc"
    Then host "web" reaches "10.0.0.5"
    And host "db" reaches "192.168.1.10"
    And the path from host "web" to "10.0.0.5" goes through "gw1, gw2"
    And the path from host "db" to "192.168.1.10" goes through "gw2, gw1"
    And the path from host "web" to "192.168.1.1" crosses no router
    And a TCP echo server "echo" on host "db"
    And a TCP client "alice" on host "web" connected to "echo" within 5 s
    When "alice" sends "across three networks"
    Then "alice" receives "across three networks" within 2 s

  Scenario: A host on a network with two routers gets a route to each side through the right one
    Given a network "transit" on "172.16.0.0/29"
    And a router "gw1" at "192.168.1.1" on "office" and "172.16.0.1" on "transit"
    And a router "gw2" at "172.16.0.2" on "transit" and "10.0.0.1" on "dc"
    And a host "monitor" at "172.16.0.3" on "transit"
    Then host "monitor" reaches "192.168.1.10"
    And host "monitor" reaches "10.0.0.5"
    And the path from host "monitor" to "192.168.1.10" goes through "gw1"
    And the path from host "monitor" to "10.0.0.5" goes through "gw2"

  Scenario: One router on three networks connects all of them
    Given a network "lab" on "172.20.0.0/16"
    And a host "probe" at "172.20.0.9" on "lab"
    And a router "core" at "192.168.1.1" on "office", "10.0.0.1" on "dc" and "172.20.0.1" on "lab"
    Then host "probe" reaches "192.168.1.10"
    And host "probe" reaches "10.0.0.5"
    And the path from host "web" to "172.20.0.9" goes through "core"
