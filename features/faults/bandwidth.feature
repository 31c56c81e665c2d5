@faults
Feature: An injected bandwidth limit is measured back
  The limit is paced by Toxiproxy, not by the CPU, so this runs alongside other scenarios.

  Scenario: A bandwidth limit sets the transfer time
    Given a TCP sink server "sink"
    And a link "wan" to "sink"
    And the link "wan" is limited to 64 KB/s
    And a TCP client "alice" connected to "wan"
    When "alice" sends 256 KiB of random data and "sink" receives it all within 6 s
    Then the transfer took between 3.6 s and 4.4 s
