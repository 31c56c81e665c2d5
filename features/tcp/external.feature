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
