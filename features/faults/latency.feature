@faults @serial
Feature: Injected latency is measured back
  Round trips go into an HdrHistogram; each measurement is attached to the report as a table and
  a chart. These scenarios measure small times, so they run alone (@serial), each in a few hundred
  milliseconds; they live in a feature of their own because a scenario that must run alone takes
  its whole feature with it.

  Scenario: Downstream latency shows in the median round trip
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    And the link "wan" adds 2 ms of latency
    And a TCP client "alice" connected to "wan"
    When "alice" measures 200 round trips of "ping\n"
    Then the median round trip of "alice" is between 2 ms and 7 ms
    And the 99th percentile round trip of "alice" is below 40 ms

  Scenario: Latency each way adds up
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    And the link "wan" adds 1 ms of latency downstream
    And the link "wan" adds 1 ms of latency upstream
    And a TCP client "alice" connected to "wan"
    When "alice" measures 200 round trips of "ping\n"
    Then the median round trip of "alice" is between 2 ms and 7 ms

  Scenario: Latency with jitter stays within its bounds
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    And the link "wan" adds 10 ms of latency with 3 ms of jitter
    And a TCP client "alice" connected to "wan"
    When "alice" measures 50 round trips of "ping\n"
    Then the median round trip of "alice" is between 7 ms and 15 ms
    And the 90th percentile round trip of "alice" is below 60 ms
