@faults
Feature: Injected latency and bandwidth are measured back
  Round trips go into an HdrHistogram; each measurement is attached to the report as a table and
  a chart. The latency scenarios are about small times, so they run alone; the bandwidth limit is
  paced by Toxiproxy, not by the CPU, so it runs alongside others.

  @serial
  Scenario: Downstream latency shows in the median round trip
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    And the link "wan" adds 5 ms of latency
    And a TCP client "alice" connected to "wan"
    When "alice" measures 200 round trips of "ping\n"
    Then the median round trip of "alice" is between 5 ms and 10 ms
    And the 99th percentile round trip of "alice" is below 40 ms

  @serial
  Scenario: Latency each way adds up
    Given a TCP echo server "echo"
    And a link "wan" to "echo"
    And the link "wan" adds 3 ms of latency downstream
    And the link "wan" adds 3 ms of latency upstream
    And a TCP client "alice" connected to "wan"
    When "alice" measures 200 round trips of "ping\n"
    Then the median round trip of "alice" is between 6 ms and 11 ms

  Scenario: A bandwidth limit sets the transfer time
    Given a TCP sink server "sink"
    And a link "wan" to "sink"
    And the link "wan" is limited to 64 KB/s
    And a TCP client "alice" connected to "wan"
    When "alice" sends 256 KiB of random data and "sink" receives it all within 6 s
    Then the transfer took between 3.6 s and 4.4 s
