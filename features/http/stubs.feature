@http
Feature: HTTP over TCP against WireMock stubs, straight and through links
  Each stub is a WireMock server on 127.0.0.1 and a dynamic port. Requests have a bounded timeout,
  and a failed request says how it failed.

  Scenario: A stub answers
    Given an HTTP stub "api" that answers GET "/hello" with status 200 and body "hi"
    When an HTTP client GETs "/hello" from "api" with a 1 s timeout
    Then the HTTP response has status 200 and body "hi"

  Scenario: A stub that resets the connection
    Given an HTTP stub "api" that answers GET "/hello" with status 200 and body "hi"
    And the HTTP stub "api" answers GET "/boom" by resetting the connection
    When an HTTP client GETs "/boom" from "api" with a 1 s timeout
    Then the HTTP request fails with a connection reset

  Scenario: A stub that closes without a response
    Given an HTTP stub "api" that answers GET "/hello" with status 200 and body "hi"
    And the HTTP stub "api" answers GET "/empty" with an empty response
    When an HTTP client GETs "/empty" from "api" with a 1 s timeout
    Then the HTTP request fails with an empty response

  Scenario: A stub that sends a malformed chunk
    Given an HTTP stub "api" that answers GET "/hello" with status 200 and body "hi"
    And the HTTP stub "api" answers GET "/chunk" with a malformed chunk
    When an HTTP client GETs "/chunk" from "api" with a 1 s timeout
    Then the HTTP request fails with a malformed response

  Scenario: A slow answer times out
    Given an HTTP stub "api" that answers GET "/hello" with status 200 and body "hi"
    And the HTTP stub "api" answers GET "/slow" with status 200 and body "late" after 2 s
    When an HTTP client GETs "/slow" from "api" with a 300 ms timeout
    Then the HTTP request fails with a timeout

  Scenario: A link that swallows data makes the request time out
    Given an HTTP stub "api" that answers GET "/hello" with status 200 and body "hi"
    And a link "web" to "api"
    And the link "web" times out after 0 ms
    When an HTTP client GETs "/hello" from "web" with a 500 ms timeout
    Then the HTTP request fails with a timeout
