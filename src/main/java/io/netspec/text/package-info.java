/**
 * The phrase arguments as scenarios write them: durations, sizes, percentages, payload escapes and
 * {@code ${NAME}} placeholders, parsed and shown back the same way.
 *
 * <p>May import: {@code core}.
 */
package io.netspec.text;
