@hosts
Feature: TCP and UDP across hosts
  Every check works across hosts as it does on one machine: digests, read sizes, round trips.

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"

  Scenario: UDP datagrams from one host to another
    Given a UDP echo server "echo" on host "db"
    And a UDP client "bob" on host "web"
    When "bob" sends the datagram "ping" to "echo"
    Then "bob" receives the datagram "ping" within 1 s

  Scenario: Many numbered datagrams across the switch
    Given a UDP sink server "sink" on host "db"
    And a UDP client "bob" on host "web"
    When "bob" sends 1000 datagrams of 512 bytes to "sink" at 2000 per second
    Then "sink" received 1000 datagrams
    And "sink" received every datagram whole

  Scenario: A TCP client's bytes checked end to end across the switch
    Given a TCP echo server "echo" on host "db"
    And a TCP client "alice" on host "web" connected to "echo"
    When "alice" sends 4 MiB of random data
    Then "alice" receives what it sent within 10 s

  Scenario: The socket table read inside each host shows both ends of a connection across the switch
    Given a TCP echo server "echo" on host "db"
    And a TCP client "alice" on host "web" connected to "echo"
    Then "echo" is listening
    And "alice" has an established connection to "echo"
    When "alice" closes the connection
    Then the connection from "alice" is in TIME_WAIT or gone

  Scenario: Round trips and read sizes across the switch
    Given a TCP server "pong" on host "db" that replies "pong\n" to "ping\n"
    And a TCP client "alice" on host "web" connected to "pong"
    When "alice" measures 200 round trips of "ping\n"
    Then the 99th percentile round trip of "alice" is below 200 ms
    Given a TCP sink server "sink" on host "db"
    And a TCP client "bob" on host "web" connected to "sink"
    When "bob" sends 1 MiB of random data
    Then "sink" received exactly what "bob" sent
    And "sink" read it in more than 1 reads

  Scenario: A server on a host stops, and the host's socket table shows it gone
    Given a TCP echo server "echo" on host "db"
    Then "echo" is listening
    When "echo" stops
    Then "echo" is no longer listening
    And a TCP connection from host "web" to "192.168.1.20:1" fails with "connection refused"
