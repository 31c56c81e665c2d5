/**
 * SMTP: a real mail server (GreenMail) per scenario and netspec's own SMTP client, which bounds every
 * stage of the dialogue and says at which stage a send failed and what the server last said.
 *
 * <p>May import: {@code core}, {@code text}, {@code socket} (targets, transcripts); never {@code steps}.
 */
package io.netspec.mail;
