/**
 * Measurements: round-trip samples, transfers, loss, duplicate and reorder ledgers, confidence
 * intervals and charts.
 *
 * <p>May import: {@code core}, {@code text}, {@code socket}, {@code leak}.
 */
package io.netspec.measure;
