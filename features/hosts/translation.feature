@hosts @translation
Feature: Private addresses behind a router that translates addresses
  The note: the private ranges are "used on local networks, not on the public Internet". A home router
  shows the Internet one public address for every computer behind it: it translates addresses (NAT; here
  nftables' masquerade inside the router's own namespace). A server on the public side sees the router's
  address only; a private address is not routed beyond its router; a forwarded port lets one server
  inside be reached from outside. The router's connection-tracking table is attached to the report.

  Background:
    Given a network "lan" on "192.168.1.0/24"
    And a network "internet" on "203.0.113.0/24"
    And a host "pc" at "192.168.1.10" on "lan"
    And a host "laptop" at "192.168.1.11" on "lan"
    And a host "site" at "203.0.113.20" on "internet"
    And a router "home" at "192.168.1.1" on "lan" and "203.0.113.1" on "internet" that translates addresses

  Scenario: A server on the public side sees the router's address, never a private one
    Given a TCP echo server "web" on host "site"
    And a TCP client "alice" on host "pc" connected to "web"
    And a TCP client "bob" on host "laptop" connected to "web"
    When "alice" sends "from behind the router"
    Then "alice" receives "from behind the router" within 2 s
    And the TCP server "web" saw connections from "203.0.113.1" only
    And host "pc" reaches "203.0.113.20"

  Scenario: A private address is not routed beyond its router
    Then host "site" cannot reach "192.168.1.10"
    And host "site" cannot reach "192.168.1.1"
    And a TCP connection from host "site" to "192.168.1.10:80" fails with "network is unreachable"
    And host "site" reaches "203.0.113.1"

  Scenario: A forwarded port lets one server inside be reached from outside, which sees the client's own address
    Given a TCP echo server "inside" on host "pc"
    And the router "home" forwards port 8080 to "inside"
    And a TCP client "visitor" on host "site" connected to "203.0.113.1:8080"
    When "visitor" sends "through the forwarded port"
    Then "visitor" receives "through the forwarded port" within 2 s
    And the TCP server "inside" saw connections from "203.0.113.20" only
    And a TCP connection from host "site" to "203.0.113.1:8081" fails with "connection refused"

  Scenario: A forwarded port as a home router's settings page writes it
    Given the command "python3 -m http.server 80 --bind 192.168.1.10" runs on host "pc"
    And the TCP service "files" at "192.168.1.10:80" on host "pc"
    And the router "home" forwards port 8080 to "192.168.1.10:80"
    And a TCP client "visitor" on host "site" connected to "203.0.113.1:8080"
    When "visitor" sends "GET / HTTP/1.0\r\n\r\n"
    Then "visitor" receives text containing "200 OK" within 5 s

  Scenario: Behind a second translating router, between two private networks when asked
    Given a network "flat" on "10.1.0.0/16"
    And a host "desk" at "10.1.0.10" on "flat"
    And a router "inner" at "10.1.0.1" on "flat" and "192.168.1.2" on "lan" that translates the addresses of "flat"
    And a TCP echo server "web" on host "site"
    And a TCP client "carol" on host "desk" connected to "web"
    When "carol" sends "translated twice"
    Then "carol" receives "translated twice" within 2 s
    And the TCP server "web" saw connections from "203.0.113.1" only
    And host "pc" cannot reach "10.1.0.10"

  Scenario: IPv6 unique-local addresses behind a translating router
    Given a network "v6lan" on "fd00:7::/64"
    And a network "v6internet" on "2001:db8:7::/64"
    And a host "v6pc" at "fd00:7::10" on "v6lan"
    And a host "v6site" at "2001:db8:7::20" on "v6internet"
    And a router "v6home" at "fd00:7::1" on "v6lan" and "2001:db8:7::1" on "v6internet" that translates addresses
    And a TCP echo server "v6web" on host "v6site"
    And a TCP client "dave" on host "v6pc" connected to "v6web"
    When "dave" sends "over IPv6"
    Then "dave" receives "over IPv6" within 2 s
    And the TCP server "v6web" saw connections from "2001:db8:7::1" only
    And host "v6site" cannot reach "fd00:7::10"
