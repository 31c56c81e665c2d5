@hello
Feature: netspec runs in a project of its own

  Scenario: A scenario with a fixed seed
    Given the random seed 42
