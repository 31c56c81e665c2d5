@tcp
Feature: External TCP services
  A service that netspec did not start is addressed by host:port; a service in another language can be
  started by the scenario itself, and the same client steps work against it.

  Scenario: The same client steps against an echo service written in Python
    Given the TCP service "py" started with "python3 features/tcp/support/echo_server.py"
    And a TCP client "alice" connected to "py"
    When "alice" sends "hello from Java\n"
    Then "alice" receives "hello from Java\n" within 1 s
    When "alice" sends 1 MiB of random data
    Then "alice" receives what it sent

  Scenario: A service the run started is addressed by host and port, like one started by anyone else
    Given the TCP service "py" started with "python3 features/tcp/support/echo_server.py"
    And the port of "py" is saved as PY_PORT
    And the TCP service "py by address" at "127.0.0.1:${PY_PORT}"
    And a TCP client "alice" connected to "py by address"
    When "alice" sends "hello by address\n"
    Then "alice" receives "hello by address\n" within 1 s
