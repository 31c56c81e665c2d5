@hosts @packets @serial
Feature: Delay, jitter and a rate limit, in round trips and transfer times
  Every packet that crosses the network is delayed, so a round trip (there and back) takes twice
  the delay; a rate limit makes a transfer take as long as its bits need at that rate. These
  scenarios measure times, so they run alone (@serial).

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"

  Scenario: 20 ms of delay each way with 5 ms of jitter
    Given the network "office" delays packets by 20 ms with 5 ms of jitter
    And a TCP echo server "echo" on host "db"
    And a TCP client "alice" on host "web" connected to "echo" within 5 s
    When "alice" measures 100 round trips of "ping\n"
    Then the median round trip of "alice" is between 38 ms and 55 ms
    And the 99th percentile round trip of "alice" is below 150 ms

  Scenario: 2 MiB through a 10 Mbit/s network
    Given the network "office" is limited to 10 Mbit/s
    And a TCP sink server "sink" on host "db"
    And a TCP client "alice" on host "web" connected to "sink"
    When "alice" sends 2 MiB of random data and "sink" receives it all within 20 s
    Then the transfer took between 1.6 s and 3 s
    And "sink" received exactly what "alice" sent

  Scenario: Delay in one direction only
    Given the network "office" delays packets from "web" to "db" by 30 ms with 0 ms of jitter
    And a TCP echo server "echo" on host "db"
    And a TCP client "alice" on host "web" connected to "echo" within 5 s
    When "alice" measures 50 round trips of "ping\n"
    Then the median round trip of "alice" is between 29 ms and 40 ms
