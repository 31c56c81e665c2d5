@hosts @partitions
Feature: A leader and two followers, split both ways and one way
  netspec's switch sees every frame between hosts, so it cuts exactly: by the hosts' IP addresses, on
  every network, until the partition heals or for a time (the scenario goes on meanwhile). Both ways,
  nothing passes between the groups; one way, the reverse is untouched; address resolution (ARP, IPv6
  neighbour discovery) passes every cut, as it passes a firewall's rules.

  Background:
    Given a network "cluster" on "10.1.0.0/24"
    And a host "leader" at "10.1.0.1" on "cluster"
    And a host "f1" at "10.1.0.2" on "cluster"
    And a host "f2" at "10.1.0.3" on "cluster"

  Scenario: The leader split from both followers; the followers still talk; the partition heals
    When hosts "f1, f2" are cut off from "leader"
    Then host "f1" cannot reach "10.1.0.1"
    And host "leader" cannot reach "10.1.0.3"
    And host "f1" reaches "10.1.0.3"
    When the partition heals
    Then host "f1" reaches "10.1.0.1"
    And host "leader" reaches "10.1.0.3"
    And "leader" was cut off for between 4 s and 30 s

  Scenario: One way: the leader's packets to a follower are dropped, the follower's still reach the leader
    Given a UDP sink server "at-leader" on host "leader"
    And a UDP sink server "at-f1" on host "f1"
    And a UDP client "from-leader" on host "leader"
    And a UDP client "from-f1" on host "f1"
    When the network "cluster" drops every packet from "leader" to "f1"
    And "from-f1" sends 50 datagrams of 100 bytes to "at-leader"
    And "from-leader" sends 50 datagrams of 100 bytes to "at-f1"
    Then "at-leader" received 50 datagrams
    And "at-f1" received 0 datagrams
    And "at-f1" missed only the datagrams the network "cluster" dropped
    And a TCP connection from host "f1" to "10.1.0.1:80" fails with "connection timed out"

  Scenario: One follower cut off from every other host, for a time: it heals by itself
    Given a TCP sink server "log" on host "f2"
    And a TCP client "replica" on host "leader" connected to "log"
    When host "f2" is cut off from every other host for 2 s
    And "replica" sends 256 KiB of random data and "log" receives it all within 30 s
    Then "log" received exactly what "replica" sent
    And "f2" was cut off for between 1.9 s and 5 s
    And "replica" retransmitted at least 1 segment

  Scenario: A firewall that rejects: each SYN answered with a reset, "connection refused" at once
    Given a TCP echo server "echo" on host "leader"
    When the network "cluster" rejects TCP connections to "leader"
    Then a TCP connection from host "f1" to "echo" fails with "connection refused"
    When the partition heals
    And a TCP client "alice" on host "f1" connected to "echo"
    And "alice" sends "after the reject"
    Then "alice" receives "after the reject" within 2 s
