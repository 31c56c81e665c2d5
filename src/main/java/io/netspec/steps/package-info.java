/**
 * The top layer: thin Cucumber glue (parse a phrase, look names up in the scenario's {@code World},
 * call capability code), the parameter types and the hooks.
 *
 * <p>May import: every other package. No package imports it.
 */
package io.netspec.steps;
