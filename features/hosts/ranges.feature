@hosts
Feature: Networks of every class and the three private ranges
  An address is unique on its local network; the private ranges (RFC 1918) are for local networks:
  10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16. Without a prefix length a network takes its class's
  default mask: class A /8 (16,777,214 hosts), class B /16 (65,534), class C /24 (254).

  Scenario: A class A network spans 10.0.0.0/8, from one end to the other
    Given a network "dc" on "10.0.0.0"
    And a host "first" at "10.0.0.1" on "dc"
    And a host "last" at "10.255.255.254" on "dc"
    Then host "first" reaches "10.255.255.254"
    And a host at "10.0.0.0" on "dc" is refused
    And a host at "10.255.255.255" on "dc" is refused
    And a host at "11.0.0.1" on "dc" is refused

  Scenario: The three private ranges as three networks, each with two hosts
    Given a network "ten" on "10.0.0.0/8"
    And a network "one-seven-two" on "172.16.0.0/12"
    And a network "one-nine-two" on "192.168.0.0/16"
    And a host "a" at "10.1.2.3" on "ten"
    And a host "b" at "10.200.0.9" on "ten"
    And a host "c" at "172.16.0.10" on "one-seven-two"
    And a host "d" at "172.31.255.254" on "one-seven-two"
    And a host "e" at "192.168.0.1" on "one-nine-two"
    And a host "f" at "192.168.255.254" on "one-nine-two"
    Then host "a" reaches "10.200.0.9"
    And host "c" reaches "172.31.255.254"
    And host "e" reaches "192.168.255.254"
    And host "a" cannot reach "172.16.0.10"
    And a TCP connection from host "a" to "172.16.0.10:80" fails with "network is unreachable"

  Scenario: The same address on two separate networks: unique only on its own network
    Given a network "home" on "192.168.1.0/24"
    And a network "shop" on "192.168.2.0/24"
    And a host "printer" at "192.168.1.50" on "home"
    And a host "till" at "192.168.2.50" on "shop"
    And a host "laptop" at "192.168.1.51" on "home"
    Then host "laptop" reaches "192.168.1.50"
    And a host at "192.168.1.50" on "home" is refused

  Scenario: Loopback, multicast, the unspecified address and the whole space are never networks of hosts
    Then a network on "127.0.0.0/8" is refused
    And a network on "127.0.0.0" is refused
    And a network on "224.0.0.0/24" is refused
    And a network on "239.255.0.0/16" is refused
    And a network on "0.0.0.0/8" is refused
    And a network on "0.0.0.0/0" is refused
    And a network on "::/0" is refused
    And a network on "::1/128" is refused
    And a network on "ff02::/16" is refused
    And a network on "fe80::/64" is refused

  Scenario: IPv4 link-local addresses work on their one network, and no router joins it
    Given a network "ad-hoc" on "169.254.0.0/16"
    And a host "cam" at "169.254.7.7" on "ad-hoc"
    And a host "phone" at "169.254.8.8" on "ad-hoc"
    Then host "cam" reaches "169.254.8.8"
    And a TCP connection from host "cam" to "169.254.8.8:80" fails with "connection refused"
