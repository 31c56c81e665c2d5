@ports
Feature: Port numbers and their IANA ranges
  Ports are 16-bit: 0 to 65535. IANA (RFC 6335) names three ranges: well-known 0-1023,
  registered 1024-49151 and dynamic 49152-65535. Operating systems pick ephemeral ports from a
  range of their own, on Linux read from /proc/sys/net/ipv4/ip_local_port_range.

  Scenario: The three IANA ranges cover every port
    Then ports 0 to 1023 are well-known ports
    And ports 1024 to 49151 are registered ports
    And ports 49152 to 65535 are dynamic ports
    And ports 0 to 65535 are valid ports

  Scenario Outline: Port <port> is a <kind> port, and not the others
    Then port <port> is a valid port
    And port <port> is a <kind> port
    And port <port> is not a <other> port

    Examples:
      | port  | kind       | other      |
      | 0     | well-known | registered |
      | 22    | well-known | dynamic    |
      | 80    | well-known | registered |
      | 1023  | well-known | registered |
      | 1024  | registered | well-known |
      | 8080  | registered | dynamic    |
      | 49151 | registered | dynamic    |
      | 49152 | dynamic    | registered |
      | 65535 | dynamic    | well-known |

  Scenario Outline: Port <port> is not a valid port
    Then port <port> is not a valid port
    And port <port> is not a dynamic port

    Examples:
      | port   |
      | 65536  |
      | 70000  |
      | -1     |

  Scenario: The simpler reading "1024-65535 are dynamic" is not IANA's
    Then port 1024 is not a dynamic port
    And port 32768 is a registered port
    And port 49152 is a dynamic port

  Scenario: This machine's ephemeral ports are valid, unprivileged ports
    Then the ephemeral port range of this machine lies within ports 1024 to 65535
