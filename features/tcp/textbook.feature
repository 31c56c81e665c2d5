@tcp
Feature: The textbook sequence on both sides of a TCP connection
  The server creates a socket, binds it, listens, accepts, reads and writes, and closes. The client
  creates a socket and connects without binding: the OS gives it a port from its ephemeral range.

  Scenario: The server side: socket, bind, listen, accept, read, write, close
    Given a TCP echo server "echo"
    And a TCP client "alice" connected to "echo"
    When "alice" sends "ping"
    Then "alice" receives "ping" within 1 s
    When "alice" closes the connection
    Then "echo" sees the connection closed within 1 s
    And "echo" went through "socket, bind, listen, accept, read, write, read, close"

  Scenario: The client side: socket, connect (no bind), write, read, close
    Given a TCP echo server "echo"
    And a TCP client "alice" connected to "echo"
    When "alice" sends "ping"
    Then "alice" receives "ping" within 1 s
    When "alice" closes the connection
    Then "alice" went through "socket, connect, write, read, close"
    And "alice" did not call "bind"

  Scenario: A client binds only when asked
    Given a TCP echo server "echo"
    And a TCP client "dave" bound to "127.0.0.2:0" and connected to "echo"
    When "dave" sends "from 127.0.0.2"
    Then "dave" receives "from 127.0.0.2" within 1 s
    And "dave" went through "socket, bind, connect, write, read"
