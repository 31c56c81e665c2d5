@tcp
Feature: Replies checked by a fragment, and round trips whose reply differs from the request
  Real services rarely echo: a mail server greets with a line, Redis answers PING with +PONG, a web
  server's reply starts with its status line. These steps wait (bounded) for a line, a piece of text
  or a start, and take only those bytes; what follows stays for the next receive.

  Scenario: A greeting line is found among the lines a server sends first
    Given a TCP server "mail" that replies "* a banner line\r\n220 mail.example.org ESMTP ready\r\n" to "HELO x\r\n"
    And a TCP client "alice" connected to "mail"
    When "alice" sends "HELO x\r\n"
    Then "alice" receives a line matching "^220 .*SMTP" within 1 s
    And "alice" receives nothing for 100 ms

  Scenario: A Redis-like service started by the scenario announces its port inside a sentence
    Given the TCP service "redis" started with "python3 features/tcp/support/pong_server.py" printing its port after "port "
    And a TCP client "alice" connected to "redis"
    When "alice" sends "PING\r\n"
    Then "alice" receives text containing "+PONG" within 500 ms
    And "alice" receives "\r\n" within 500 ms
    When "alice" measures 50 round trips of "PING\r\n" expecting "+PONG\r\n"
    Then the 99th percentile round trip of "alice" is below 1 s

  Scenario: A web server started by the scenario: its reply starts with the status line, its body has a real newline
    Given the TCP service "web" started with "python3 -u -m http.server 0 --bind 127.0.0.1 --directory features/http/support" printing its port after "port "
    And a TCP client "alice" connected to "web"
    When "alice" sends "GET /hello HTTP/1.0\r\n\r\n"
    Then "alice" receives a reply starting with "HTTP/1.0 200 OK\r\n" within 1 s
    When an HTTP client GETs "/hello" from "web" with a 2 s timeout
    Then the HTTP response has status 200 and body "hello from python\n"

  Scenario: A scenario that needs a variable runs when the variable is set
    Given the TCP service "py" started with "python3 features/tcp/support/echo_server.py"
    And the port of "py" is saved as PY_PORT
    And the variable PY_PORT is set, or the scenario is skipped
    And the TCP service "py by address" at "127.0.0.1:${PY_PORT}"
    And a TCP client "alice" connected to "py by address"
    When "alice" sends "hi\n"
    Then "alice" receives "hi\n" within 1 s

  Scenario: A scenario that needs a variable is skipped, not failed, where it is unset
    Given the variable NETSPEC_EXAMPLE_UNSET_REDIS_PORT is set, or the scenario is skipped
    And the TCP service "redis" at "127.0.0.1:${NETSPEC_EXAMPLE_UNSET_REDIS_PORT}"
