@http @serial
Feature: Latency on a link shows in HTTP response times
  The response time is a small-time measurement, so this runs alone (@serial), in a feature of its
  own: a scenario that must run alone takes its whole feature with it.

  Scenario: Latency on a link shows in the response time
    Given an HTTP stub "api" that answers GET "/hello" with status 200 and body "hi"
    And a link "web" to "api"
    And the link "web" adds 200 ms of latency
    When an HTTP client GETs "/hello" from "web" with a 2 s timeout
    Then the HTTP response has status 200 and body "hi"
    And the HTTP response took between 200 ms and 600 ms
