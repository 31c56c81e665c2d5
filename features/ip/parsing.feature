@ip
Feature: Address literals are parsed strictly, never looked up
  netspec reads IPv4 and IPv6 literals itself and never asks DNS. Anything that is not exactly an
  address is rejected with the input and the rule it breaks, printed and attached to the report.

  Scenario: The reason for a rejection is printed and attached
    Then the address "010.1.1.1" is rejected

  Scenario Outline: "<input>" is rejected: <rule>
    Then the address "<input>" is rejected because "<reason>"

    Examples: IPv4
      | input           | rule                                  | reason                               |
      | 010.1.1.1       | leading zero                          | part \"010\" has a leading zero        |
      | 192.168.000.001 | leading zeros                         | part \"000\" has a leading zero        |
      | 1.2.3           | shorthand                             | shorthand such as \"1.2.3\"            |
      | 1.2             | shorthand                             | it has 2 parts                       |
      | 16909060        | a single number                       | it has 1 part                        |
      | 1.2.3.4.5       | too many parts                        | it has 5 parts                       |
      | 0x0A.1.1.1      | hex part                              | part \"0x0A\" is hexadecimal           |
      | 1.2.3.0xff      | hex part                              | part \"0xff\" is hexadecimal           |
      | 1.-2.3.4        | negative part                         | part \"-2\" is negative                |
      | 256.1.1.1       | octet over 255                        | part \"256\" is over 255               |
      | 1.2.3.1000      | octet over 255                        | part \"1000\" is over 255              |
      | 1.2.3.4.        | trailing dot                          | it ends with a dot                   |
      | .1.2.3.4        | leading dot                           | it starts with a dot                 |
      | 1..2.3          | empty part                            | empty part between two dots          |
      | localhost       | host name                             | looks like a host name               |
      | example.com     | host name                             | never looks names up in DNS          |
      | 1.2.3.4a        | host name                             | looks like a host name               |
      |                 | empty input                           | it is empty                          |
      | 10.0.0.0/8      | prefix length                         | it has a prefix length (\"/8\")        |
      | 192.168.1.1/32  | prefix length                         | an address is expected here          |
      | 1.2.3.4%eth0    | zone id on IPv4                       | belongs only to an IPv6 address      |

    Examples: IPv6
      | input                   | rule                          | reason                                    |
      | 1::2::3                 | two ::                        | it has two \"::\"                           |
      | ::1::                   | two ::                        | it has two \"::\"                           |
      | 1:::2                   | three colons                  | it has \":::\"                              |
      | 1:2:3:4:5:6:7:8:9       | too many groups               | it has 9 groups                           |
      | 1:2:3:4:5:6:7           | too few groups                | it has 7 groups and no \"::\"               |
      | 1:2:3:4::5:6:7:8        | :: standing for nothing       | must stand for at least one zero group    |
      | 12345::1                | group over four hex digits    | group \"12345\" has more than four hex      |
      | 2001:db8::00001         | group over four hex digits    | group \"00001\" has more than four hex      |
      | 2001:dg8::1             | not hexadecimal               | group \"dg8\" is not hexadecimal            |
      | :1:2:3:4:5:6:7          | single leading colon          | it starts with a single \":\"               |
      | 1:2:3:4:5:6:7:          | single trailing colon         | it ends with a single \":\"                 |
      | ::ffff:1.2.3            | embedded IPv4 shorthand       | embedded IPv4 part \"1.2.3\" is malformed   |
      | ::ffff:01.2.3.4         | embedded IPv4 leading zero    | part \"01\" has a leading zero              |
      | ::ffff:1.2.3.256        | embedded IPv4 over 255        | part \"256\" is over 255                    |
      | ::1.2.3.4:1             | embedded IPv4 not last        | is not at the end                         |
      | 1:2:3:4:5:6:7:1.2.3.4   | too many groups with IPv4     | it has 9 groups                           |
      | [::1]                   | brackets                      | it is in brackets                         |
      | fe80::1%                | empty zone id                 | the zone id after \"%\" is empty            |
      | fe80::1%eth/0           | prefix after a zone           | prefix length                             |
      | fe80::1%eth 0           | whitespace in a zone          | it contains whitespace                    |
      | 2001:db8::/32           | prefix length                 | it has a prefix length (\"/32\")            |

  Scenario: Whitespace around or inside an address is rejected
    Then the address " 1.2.3.4" is rejected because "whitespace around it"
    And the address "1.2.3.4 " is rejected because "whitespace around it"
    And the address "::1 " is rejected because "whitespace around it"
    And the address "1.2. 3.4" is rejected because "it contains whitespace"
    And the address "   " is rejected because "it is only whitespace"

  Scenario: An IPv4-mapped IPv6 address is accepted and described
    Given the address "::ffff:192.168.1.20"
    Then it is an IPv4-mapped IPv6 address for "192.168.1.20"
    And it has no address class
    And it belongs to the special-purpose block "::ffff:0:0/96" named "IPv4-mapped Address"
    And it is not globally reachable

  Scenario: A zone id is accepted and kept
    Given the address "fe80::1%eth0"
    Then its zone id is "eth0"
    And it belongs to the special-purpose block "fe80::/10" named "Link-Local Unicast"

  Scenario Outline: "<input>" is accepted
    Given the address "<input>"
    Then it has no address class

    Examples:
      | input                                   |
      | ::                                      |
      | ::1                                     |
      | 1::                                     |
      | 1:2:3:4:5:6:7::                         |
      | ::2:3:4:5:6:7:8                         |
      | 2001:DB8::1                             |
      | 2001:0db8:0000:0000:0000:0000:0000:0001 |
      | 64:ff9b::192.0.2.33                     |
      | ::ffff:0:0                              |
      | fe80::1%en0                             |
