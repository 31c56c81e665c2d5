@tcp
Feature: The OS socket table shows what the scenarios do
  What netstat -an, ss and lsof -i show, read from /proc/net: LISTEN for a server, ESTABLISHED at both
  ends of a connection, TIME_WAIT (or nothing) after the client closed first. The lines are attached.

  Scenario: A server listens and a client connects from an ephemeral port
    Given a TCP echo server "echo"
    Then "echo" is listening
    Given a TCP client "alice" connected to "echo"
    Then "alice" has an established connection to "echo"
    And "alice" uses a local port in the ephemeral range

  Scenario: The side that closes first waits in TIME_WAIT
    Given a TCP echo server "echo"
    And a TCP client "alice" connected to "echo"
    When "alice" closes the connection
    Then "echo" sees the connection closed within 1 s
    And the connection from "alice" is in TIME_WAIT or gone

  Scenario: A stopped server no longer listens
    Given a TCP echo server "echo6" on "::1"
    Then "echo6" is listening
    When "echo6" stops
    Then "echo6" is no longer listening

  Scenario: A UDP server and a Unix-domain server show in the table too
    Given a UDP sink server "usink"
    And a Unix-domain echo server "local"
    Then "usink" is listening
    And "local" is listening

  Scenario: An external service started by the scenario shows as listening
    Given the TCP service "py" started with "python3 features/tcp/support/echo_server.py"
    Then "py" is listening
    Given a TCP client "alice" connected to "py"
    Then "alice" has an established connection to "py"
