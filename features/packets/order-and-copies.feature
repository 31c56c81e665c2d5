@hosts @packets
Feature: TCP hides reordering and duplicates; UDP shows them
  TCP numbers every byte, so the receiving kernel puts segments back in order and throws away
  copies it already has; UDP hands each datagram over as it comes, late or twice.

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"
    And a TCP sink server "sink" on host "db"
    And a UDP sink server "usink" on host "db"
    And a UDP client "bob" on host "web"
    And the random seed 5

  Scenario: Reordered packets: TCP's bytes arrive in order, UDP's datagrams do not
    Given the network "office" reorders 5% of packets
    When "bob" sends 1000 datagrams of 100 bytes to "usink" at 2000 per second
    Then "usink" received 1000 datagrams
    And "usink" received at least 10 datagrams out of order
    Given a TCP client "alice" on host "web" connected to "sink"
    When "alice" sends 1 MiB of random data and "sink" receives it all within 20 s
    Then "sink" received exactly what "alice" sent

  Scenario: Duplicated packets: TCP discards the copies, UDP delivers them
    Given the network "office" duplicates 5% of packets
    When "bob" sends 1000 datagrams of 100 bytes to "usink" at 2000 per second
    Then "usink" received at least 10 datagrams twice
    Given a TCP client "alice" on host "web" connected to "sink"
    When "alice" sends 1 MiB of random data and "sink" receives it all within 20 s
    Then "sink" received exactly what "alice" sent
