@hosts @partitions
Feature: Pulled cables, networks down and networks that flap
  A pulled cable is what the host's own kernel sees: its interface loses carrier (ip link shows
  NO-CARRIER, its routes linkdown) and the switch carries nothing to or from it. A network that goes
  down drops every frame, address resolution included, while the hosts keep their carrier. A network
  that flaps goes down for a while once in every period, at a place in the period drawn from the
  scenario's seed. TCP sends again what was lost meanwhile; UDP loses it.

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"

  Scenario: The cable of a server pulled mid-transfer: every byte arrives once it is plugged back in
    Given a TCP echo server "echo" on host "db"
    And the network "office" is limited to 2 Mbit/s
    And a TCP client "alice" on host "web" connected to "echo"
    When "alice" sends 2 MiB of random data
    And the cable of host "db" is pulled for 3 s
    Then host "web" cannot reach "192.168.1.20"
    And "alice" receives what it sent within 60 s
    And "alice" retransmitted at least 1 segment
    And "db" was cut off for between 2.9 s and 6 s

  Scenario: A pulled cable as the host's kernel sees it: with linkdown routes ignored, no route at all
    Given the kernel setting "net.ipv4.conf.eth0.ignore_routes_with_linkdown" is "1" on host "db"
    When the cable of host "db" is pulled
    Then a TCP connection from host "db" to "192.168.1.10:80" fails with "network is unreachable"
    When the cable of host "db" is plugged back in
    Then host "db" reaches "192.168.1.10"

  Scenario: A client that retries through an outage: its bytes are sent again until the network is back
    Given a TCP echo server "echo" on host "db"
    And a TCP client "alice" on host "web" connected to "echo"
    When the network "office" goes down for 3 s
    And "alice" sends "sent while the network is down"
    Then "alice" receives "sent while the network is down" within 20 s
    And "alice" retransmitted at least 1 segment
    And "web" was cut off for between 2.9 s and 6 s

  # "web" has asked for db's hardware address before the outage: a host that first asks during an outage
  # repeats the request three times a second apart and then fails every connection waiting for the answer
  # ("no route to host"), the next one too when the last request left just before the network came back.
  Scenario: A connection tried while the network is down gets no answer; once it is back, the next one connects
    Given a TCP echo server "echo" on host "db"
    And host "web" reaches "192.168.1.20"
    When the network "office" goes down
    Then a TCP connection from host "web" to "echo" fails with "connection timed out"
    When the network "office" comes back up
    And a TCP client "alice" on host "web" connected to "echo" within 10 s
    And "alice" sends "after the outage"
    Then "alice" receives "after the outage" within 2 s

  Scenario: A network that flaps loses UDP datagrams only while it is down
    Given the random seed 7
    And a UDP sink server "usink" on host "db"
    And a UDP client "bob" on host "web"
    And the network "office" flaps: down for 200 ms every 1 s
    When "bob" sends 2000 datagrams of 100 bytes to "usink" at 1000 per second
    Then "usink" missed only the datagrams the network "office" dropped
    And "usink" lost between 1% and 60% of the datagrams
    And "db" was cut off for between 0.2 s and 60 s
