@http
Feature: POST requests, body fragments, headers and refused connections

  Scenario: A stub answers a POST with its status and body
    Given an HTTP stub "api" that answers GET "/hello" with status 200 and body "hi"
    And the HTTP stub "api" answers POST "/orders" with status 201 and body "made"
    When an HTTP client POSTs "item=1" to "/orders" on "api" with a 1 s timeout
    Then the HTTP response has status 201 and body "made"
    And the HTTP response body contains "made"
    And the HTTP response has the header "Content-Type" with value "text/plain"

  Scenario: A POST through a link, with escapes in the body
    Given an HTTP stub "api" that answers POST "/lines" with status 200 and body "ok, two lines"
    And a link "wan" to "api"
    When an HTTP client POSTs "one\r\ntwo\r\n" to "/lines" on "wan" with a 1 s timeout
    Then the HTTP response body contains "two lines"

  Scenario: Nothing listens: the request fails with a refused connection
    When an HTTP client GETs "/hello" from "127.0.0.1:1" with a 1 s timeout
    Then the HTTP request fails with a refused connection
