/**
 * The reports: the index page, scenario pages, console progress and summary, the trend and the
 * browser check.
 *
 * <p>May import: {@code core}.
 */
package io.netspec.report;
