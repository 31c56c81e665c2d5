@tcp
Feature: TCP is a byte stream, not a sequence of messages
  The boundaries between sends are not kept: several sends can arrive in one read, and one send can
  arrive in several reads. The size of every read is attached to the report.

  Scenario: Three sends arrive in a single read
    Given a TCP echo server "echo"
    And a TCP client "alice" connected to "echo"
    When "alice" sends "one"
    And "alice" sends "two"
    And "alice" sends "three"
    And "alice" waits until 11 bytes have arrived
    Then "alice" receives "onetwothree" within 1 s
    And "alice" read it in 1 read

  Scenario: One send of 1 MiB arrives in several reads
    Given a TCP sink server "sink"
    And a TCP client "alice" connected to "sink"
    When "alice" sends 1 MiB of random data
    Then "sink" received exactly what "alice" sent
    And "sink" read it in more than 1 reads

  Scenario: A server's reads are counted once everything its client sent has arrived
    Given a TCP sink server "sink"
    And a TCP client "alice" connected to "sink"
    When "alice" sends "four"
    Then "sink" read it in 1 read
