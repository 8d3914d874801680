/**
 * The mail outbox (docs/decisions/0018-signed-links-and-mail-outbox.md): mail is written as a row in the
 * transaction of the change it tells about, and a scheduled sender, on one replica at a time (the job
 * lease), sends it at least once with a Message-ID fixed when it was queued, retrying with backoff.
 * Generic: it knows recipients, subjects and bodies, never what they are about.
 * <p>May import: nothing of Passerelle but {@code common} (the ground of the ladder, decision 0010).
 */
package org.passerelle.common.outbox;
