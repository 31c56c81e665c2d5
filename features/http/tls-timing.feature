@http @tls
Feature: A slow link slows the TLS handshake
  The handshake's own time is reported beside the request's. The bounds are a tenth of a second and more
  wide, so these scenarios need not run alone.

  Scenario: Latency on a link shows in the handshake time
    Given an HTTPS stub "secure" that answers GET "/hi" with status 200 and body "hi"
    And a link "wan" to "secure"
    And the link "wan" adds 100 ms of latency
    When an HTTP client GETs "/hi" from "wan" with a 3 s timeout
    Then the HTTP response has status 200 and body "hi"
    And the TLS handshake took between 100 ms and 1 s
    And the HTTP response took between 200 ms and 2 s

  Scenario: A bandwidth limit on a link shows in the handshake time
    Given an HTTPS stub "secure" that answers GET "/hi" with status 200 and body "hi"
    And a link "wan" to "secure"
    And the link "wan" is limited to 1 KB/s
    When an HTTP client GETs "/hi" from "wan" with a 5 s timeout
    Then the HTTP response has status 200 and body "hi"
    And the TLS handshake took between 300 ms and 4 s
