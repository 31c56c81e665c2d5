@hosts
Feature: A class C office network of hosts
  Each host is a network namespace of its own, with its own interface, address and loopback; the
  network between them is netspec's own switch, so every frame between two hosts passes through netspec.
  A class C network such as 192.168.1.0/24 holds 254 hosts: of its 256 addresses, .0 names the network
  and .255 is its broadcast address, so neither can be a host.

  Background:
    Given a network "office" on "192.168.1.0/24"
    And a host "web" at "192.168.1.10" on "office"
    And a host "db" at "192.168.1.20" on "office"

  Scenario: Two hosts on one network reach each other
    Then host "web" reaches "192.168.1.20"
    And host "db" reaches "192.168.1.10"
    And host "web" cannot reach "172.16.0.9"

  Scenario: A TCP echo across the office network
    Given a TCP echo server "echo" on host "db"
    And a TCP client "alice" on host "web" connected to "echo"
    When "alice" sends "hello, db"
    Then "alice" receives "hello, db" within 1 s

  Scenario: Many bytes across the switch arrive whole
    Given a TCP sink server "sink" on host "db"
    And a TCP client "alice" on host "web" connected to "sink" within 5 s
    When "alice" sends 8 MiB of random data
    Then "sink" received exactly what "alice" sent

  Scenario: Why a class C network holds 254 hosts: .0 and .255 are refused
    Then a host at "192.168.1.0" on "office" is refused
    And a host at "192.168.1.255" on "office" is refused
    And a host at "192.168.2.1" on "office" is refused
    And a host at "192.168.1.20" on "office" is refused
