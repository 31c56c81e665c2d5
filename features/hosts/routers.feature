@hosts
Feature: A router between two private networks
  A router is a host on two networks with forwarding on. Hosts on a network with exactly one router
  get it as their default gateway, so they reach hosts on the other network through it.

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
