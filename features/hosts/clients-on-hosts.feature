@hosts @endpoints-on-hosts
Feature: Every client, server, stub and link on a host
  Each phrase that makes a server, stub, link or client takes "on host" (a mail is sent "from host"),
  and then works inside that host, the same way as on this machine's loopback: sockets are made on the
  host's own thread, so they live in its namespace whatever thread uses them later.

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a network "dc" on "10.0.0.0/8"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "10.0.0.5" on "dc"
    And a router "gw" at "192.168.1.1" on "office" and "10.0.0.1" on "dc"

  Scenario: An HTTP stub on one host, asked by netspec's HTTP client on another
    Given an HTTP stub "api" on host "db" that answers GET "/hi" with status 200 and body "hi"
    When an HTTP client on host "web" GETs "/hi" from "api" with a 10 s timeout
    Then the HTTP response has status 200 and body "hi"

  Scenario: An HTTPS stub on a host, with a certificate for the host's own address
    Given an HTTPS stub "secure" on host "db" that answers GET "/hi" with status 200 and body "hi"
    When an HTTPS client on host "web" GETs "/hi" from "secure" with a 10 s timeout
    Then the HTTP response has status 200 and body "hi"

  Scenario: An SMTP server on one host, a mail sent from another
    Given an SMTP server "mail" on host "db"
    When a mail from "ann@example.org" to "bob@example.org" with subject "Hello" is sent from host "web" through "mail"
    Then "mail" holds 1 mail for "bob@example.org" with subject "Hello" within 10 s

  Scenario: A Toxiproxy link on the router between two hosts, in front of a program
    Given the command "python3 -u -m http.server 6379 --bind 10.0.0.5" runs on host "db" as "redis"
    And "redis" prints a line matching "Serving HTTP" within 10 s
    And a link "wan" on host "gw" to "10.0.0.5:6379"
    And a TCP client "alice" on host "web" connected to "wan"
    When "alice" sends "GET / HTTP/1.0\r\n\r\n"
    Then "alice" receives a reply starting with "HTTP/1.0 200" within 5 s

  Scenario: Every link phrase works on a link on a host: its latency shows in the round trips
    Given a TCP echo server "echo" on host "db"
    And a link "wan" on host "gw" to "echo"
    And the link "wan" adds 100 ms of latency
    And a TCP client "alice" on host "web" connected to "wan"
    When "alice" measures 10 round trips of "ping\n"
    Then the median round trip of "alice" is between 100 ms and 2 s

  Scenario: UDP round trips from a client on a host; a lost trip waits only as long as the scenario's wait
    Given every wait in this scenario is at most 500 ms
    And the random seed 3
    And a UDP echo server "uecho" on host "db"
    And a UDP client "bob" on host "web"
    And the network "office" drops 20% of packets
    When "bob" measures 20 round trips of the datagram "ping" to "uecho"
    Then "bob" received between 5 and 20 datagrams back
