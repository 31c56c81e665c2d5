@http @tls
Feature: HTTP over TLS against HTTPS stubs with run-made certificates
  Each HTTPS stub has a certificate that the scenario's throwaway certificate authority makes at run
  time; netspec's HTTP client trusts that authority and nothing else. Faulty certificates are made on
  purpose, and a request that meets one fails with a certificate error that says which.

  Scenario: An HTTPS stub answers a client that trusts the run-made CA
    Given an HTTPS stub "secure" that answers GET "/hi" with status 200 and body "hi"
    When an HTTP client GETs "/hi" from "secure" with a 2 s timeout
    Then the HTTP response has status 200 and body "hi"
    And the TLS handshake took between 0 ms and 2 s

  Scenario: An expired certificate
    Given an HTTPS stub "old" with an expired certificate that answers GET "/hi" with status 200 and body "hi"
    When an HTTP client GETs "/hi" from "old" with a 2 s timeout
    Then the HTTP request fails with a certificate error
    And the HTTP request fails with a certificate error "expired"

  Scenario: A certificate that is not yet valid
    Given an HTTPS stub "early" with a certificate that is not yet valid that answers GET "/hi" with status 200 and body "hi"
    When an HTTP client GETs "/hi" from "early" with a 2 s timeout
    Then the HTTP request fails with a certificate error "not yet valid"

  Scenario: A certificate for another host name
    Given an HTTPS stub "elsewhere" with a certificate for another host that answers GET "/hi" with status 200 and body "hi"
    When an HTTPS client GETs "/hi" from "elsewhere" with a 2 s timeout
    Then the HTTP request fails with a certificate error "another host"

  Scenario: A certificate signed by a CA nobody trusts
    Given an HTTPS stub "stranger" with a certificate from an unknown CA that answers GET "/hi" with status 200 and body "hi"
    When an HTTP client GETs "/hi" from "stranger" with a 2 s timeout
    Then the HTTP request fails with a certificate error "unknown CA"

  Scenario: An HTTPS client reaches an HTTPS stub by its literal address through a link
    Given an HTTPS stub "secure" that answers GET "/hi" with status 200 and body "hi"
    And a link "wan" to "secure"
    When an HTTPS client GETs "/hi" from "wan" with a 2 s timeout
    Then the HTTP response has status 200 and body "hi"

  Scenario: A link that swallows data makes the handshake fail with a timeout, not hang
    Given an HTTPS stub "secure" that answers GET "/hi" with status 200 and body "hi"
    And a link "wan" to "secure"
    And the link "wan" times out after 0 ms
    When an HTTP client GETs "/hi" from "wan" with a 500 ms timeout
    Then the HTTP request fails with a timeout
