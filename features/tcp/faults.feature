@tcp
Feature: TCP failures show the OS's own words
  Servers that misbehave on purpose: one that closes every connection at once, one that never answers,
  one that closes in the middle of a transfer. Each failure is attached to the report.

  Scenario: Connecting where nothing listens is refused
    Then a TCP connection to "127.0.0.1:1" is refused

  Scenario: A server that accepts and closes at once
    Given a TCP server "closer" that closes every connection at once
    And a TCP client "alice" connected to "closer"
    Then "alice" sees the connection closed within 1 s

  Scenario: A server that accepts and never answers
    Given a TCP server "mute" that never answers
    And a TCP client "alice" connected to "mute"
    When "alice" sends "anyone there?\n"
    Then "alice" receives nothing for 300 ms

  Scenario: A peer that closes in the middle of a transfer
    Given a TCP server "quitter" that closes each connection after reading 64 KiB
    And a TCP client "alice" connected to "quitter"
    Then "alice" cannot send 8 MiB of random data
