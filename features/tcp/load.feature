@tcp @load
Feature: One echo server serves many clients at once
  The server runs one selector thread; every client gets exactly its own bytes back.

  Scenario: 1000 concurrent clients each get their own bytes back
    Given a TCP echo server "echo"
    When 1000 TCP clients connect to "echo" at once and each sends 64 bytes of its own
    Then every one of the 1000 clients receives exactly its own bytes back within 10 s
