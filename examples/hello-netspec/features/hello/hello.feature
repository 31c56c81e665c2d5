@hello
Feature: An echo service, directly and across a slow link
  netspec starts a real TCP echo server on 127.0.0.1 (a port the OS picks), a real client, and a
  real Toxiproxy proxy between them; everything is closed after each scenario.

  Scenario: A client's bytes come back from an echo server
    Given a TCP echo server "echo"
    And a TCP client "alice" connected to "echo"
    When "alice" sends "hello\n"
    Then "alice" receives "hello\n" within 500 ms
    And "echo" is listening
    And "alice" has an established connection to "echo"

  Scenario: Random data comes back byte for byte
    Given the random seed 42
    And a TCP echo server "echo"
    And a TCP client "alice" connected to "echo"
    When "alice" sends 64 KiB of random data
    Then "alice" receives what it sent

  @serial
  Scenario: 100 ms of latency on the link makes every round trip at least 100 ms
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    And the link "wan" adds 100 ms of latency
    And a TCP client "bob" connected to "wan"
    When "bob" measures 20 round trips of "ping\n"
    Then the median round trip of "bob" is between 100 ms and 300 ms
