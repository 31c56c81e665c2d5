@unix
Feature: Unix-domain stream sockets
  A Unix-domain server listens on a socket file in a fresh temporary folder, removed after the
  scenario. Clients use the same sending and receiving phrases as TCP clients.

  Scenario: A Unix-domain echo server sends back what a client sends
    Given a Unix-domain echo server "local"
    And a Unix-domain client "carol" connected to "local"
    When "carol" sends "hello over a socket file\n"
    Then "carol" receives "hello over a socket file\n" within 500 ms

  Scenario: A Unix-domain sink receives a mebibyte exactly
    Given a Unix-domain sink server "usock"
    And a Unix-domain client "carol" connected to "usock"
    When "carol" sends 1 MiB of random data
    And "carol" closes the connection
    Then "usock" received exactly what "carol" sent
    And "usock" sees the connection closed within 1 s

  Scenario: The server side of a Unix-domain socket walks the same path as TCP
    Given a Unix-domain echo server "local"
    And a Unix-domain client "carol" connected to "local"
    When "carol" sends "ping"
    Then "carol" receives "ping"
    And "local" went through "socket, bind, listen, accept, read, write"
