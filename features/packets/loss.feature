@hosts @packets
Feature: TCP delivers every byte across a network that loses packets; UDP loses what the network drops
  The network drops packets at random (from the scenario's seed). The kernel's TCP sends again what
  was lost, so the bytes arrive whole and in order, and its own counters show the retransmissions.
  UDP sends nothing again: a sink misses exactly the datagrams the network dropped.

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"
    And a TCP sink server "sink" on host "db"
    And a UDP sink server "usink" on host "db"
    And a UDP client "bob" on host "web"

  Scenario Outline: 2 MiB across <loss> loss, byte-exact, beside UDP losing about as much
    Given the random seed 11
    And the network "office" drops <loss> of packets
    When "bob" sends 2000 datagrams of 100 bytes to "usink" at 2000 per second
    Then "usink" missed only the datagrams the network "office" dropped
    And the loss seen by "usink" is consistent with <loss> at 99% confidence
    Given a TCP client "alice" on host "web" connected to "sink" within 10 s
    When "alice" sends 2 MiB of random data and "sink" receives it all within <within>
    Then "sink" received exactly what "alice" sent
    And "alice" retransmitted at least <segments> segments
    And host "web" sent at least <segments> TCP retransmissions

    Examples:
      | loss | within | segments |
      | 5%   | 60 s   | 20       |
      | 20%  | 120 s  | 100      |

  Scenario: Loss in bursts, and in one direction only
    Given the random seed 3
    And the network "office" drops packets in bursts of 4 on average
    And the network "office" drops 10% of packets from "web" to "db"
    When "bob" sends 2000 datagrams of 100 bytes to "usink" at 2000 per second
    Then "usink" missed only the datagrams the network "office" dropped
    And "usink" lost between 5% and 15% of the datagrams
    Given a TCP client "alice" on host "web" connected to "sink" within 10 s
    When "alice" sends 1 MiB of random data and "sink" receives it all within 60 s
    Then "sink" received exactly what "alice" sent
    And "alice" retransmitted at least 5 segments
