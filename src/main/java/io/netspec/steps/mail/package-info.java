/**
 * Steps of mail: SMTP servers, mail sent and mail received.
 *
 * <p>Outside: nothing; Cucumber finds these classes through the glue package {@code io.netspec.steps}.
 * Each step parses its phrase, looks names up in the scenario's {@code World} and calls one method of
 * capability code. No other steps sub-package imports this one.
 *
 * <p>May import: {@code text}, {@code socket}, {@code measure}, {@code mail}, {@code steps} (the
 * World and the scenario's shared parts).
 */
package io.netspec.steps.mail;
