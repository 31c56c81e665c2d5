@hosts
Feature: Many hosts on one network
  Peer-to-peer and gossip systems, consensus clusters and service meshes are tested with hundreds of
  computers. One phrase brings up a range of hosts, each a network namespace of its own behind
  netspec's switch, at the network's first free addresses in order; reachability is checked for a
  whole range at once, each host with an ICMP echo of its own, all awaited together; a range can be
  cut off from another as two hosts can.

  Background:
    Given a network "cluster" on "10.0.0.0/16"
    And a host "seed" at "10.0.0.1" on "cluster"
    And 200 hosts "node1" to "node200" on "cluster"

  Scenario: Two hundred hosts take the free addresses in order, and all of them answer
    Then host "seed" reaches hosts "node1..node200"
    And hosts "node1..node200" reach "10.0.0.1"
    And host "node200" reaches "10.0.0.201"
    And a host at "10.0.0.201" on "cluster" is refused

  Scenario: A range of hosts cannot reach a network it is not on
    Given a network "lab" on "10.1.0.0/24"
    And 20 hosts "lab01" to "lab20" on "lab"
    Then hosts "node1..node100" cannot reach "10.1.0.1"
    And host "lab01" cannot reach hosts "node190..node200, seed"
    And hosts "lab01..lab20" reach "10.1.0.20"

  Scenario: Half of the cluster is cut off from the other half, then the partition heals
    When hosts "node1..node100" are cut off from "node101..node200, seed"
    Then host "seed" cannot reach hosts "node1..node100"
    And host "seed" reaches hosts "node101..node200"
    When the partition heals
    Then host "seed" reaches hosts "node1..node100"
