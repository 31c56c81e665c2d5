@ip
Feature: Private, loopback and multicast ranges
  Private is RFC 1918 (10/8, 172.16/12, 192.168/16) or IPv6 unique-local fc00::/7. Loopback is
  127.0.0.1 to 127.255.255.255 (all of 127/8) and ::1. Multicast is 224.0.0.0/4, whose group
  addresses run from 224.0.0.1 to 239.255.255.254, and ff00::/8.

  Scenario Outline: <address> is private
    Given the address "<address>"
    Then it is private
    And it is not globally reachable
    And it is not a loopback address

    Examples:
      | address         |
      | 10.0.0.0        |
      | 10.255.255.255  |
      | 172.16.0.0      |
      | 172.31.255.255  |
      | 192.168.0.0     |
      | 192.168.255.255 |
      | fc00::          |
      | fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff |

  Scenario Outline: <address>, just outside a private range, is not private
    Given the address "<address>"
    Then it is not private

    Examples:
      | address         |
      | 9.255.255.255   |
      | 11.0.0.0        |
      | 172.15.255.255  |
      | 172.32.0.0      |
      | 192.167.255.255 |
      | 192.169.0.0     |
      | 100.64.0.1      |
      | fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff |
      | fe00::          |

  Scenario Outline: <address> is a loopback address
    Given the address "<address>"
    Then it is a loopback address
    And it is not globally reachable
    And it is not private

    Examples:
      | address         |
      | 127.0.0.1       |
      | 127.1.2.3       |
      | 127.255.255.255 |
      | ::1             |

  Scenario Outline: <address> is not a loopback address
    Given the address "<address>"
    Then it is not a loopback address

    Examples:
      | address         |
      | 126.255.255.255 |
      | 128.0.0.0       |
      | ::              |
      | ::2             |
      | ::ffff:127.0.0.1 |

  Scenario Outline: <address> is a multicast address
    Given the address "<address>"
    Then it is a multicast address
    And it is not globally reachable
    And it is not private

    Examples:
      | address         |
      | 224.0.0.1       |
      | 224.0.0.251     |
      | 232.1.2.3       |
      | 239.255.255.254 |
      | ff02::1         |
      | ff0e::101       |

  Scenario Outline: <address> is not a multicast address
    Given the address "<address>"
    Then it is not a multicast address

    Examples:
      | address         |
      | 223.255.255.255 |
      | 240.0.0.0       |
      | feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff |

  Scenario: Link-local addresses
    Given the address "169.254.1.1"
    Then it is a link-local address
    And it is not globally reachable
    When I classify the address "fe80::1%eth0"
    Then it is a link-local address
    When I classify the address "169.255.0.0"
    Then it is not a link-local address
    And it is globally reachable
